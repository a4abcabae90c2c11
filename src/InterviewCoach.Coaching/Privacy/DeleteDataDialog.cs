using System.Globalization;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Privacy;

/// <summary>
/// <c>delete my data</c>: after a yes, removes every record of the user and, through the host's hooks, their
/// reminders, conversation references and dialog state, then says how much went. The conversation ends empty.
/// </summary>
internal sealed class DeleteDataDialog : WaterfallDialog
{
    public const string DialogId = "delete-my-data";

    private readonly CoachServices _services;
    private readonly IHostUserData? _hooks;

    public DeleteDataDialog(CoachServices services, IHostUserData? hooks)
        : base(DialogId)
    {
        _services = services;
        _hooks = hooks;
        AddStep(ConfirmAsync);
        AddStep(DeleteAsync);
    }

    private async ValueTask<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        IReadOnlyList<ExportedRecord> records = await _services.Records.ExportAllAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        string what = records.Count == 0
            ? "I have no records about you, but I'll also clear any reminders and conversation history."
            : string.Create(CultureInfo.InvariantCulture, $"That's {records.Count} {(records.Count == 1 ? "record" : "records")} (goals, contacts, question lists, debriefs, practice) plus your reminders and conversation history.");
        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = $"This permanently deletes everything I keep about you. {what} It can't be undone. Delete it all?",
            Help = "Say **yes** to delete everything, or **no** to keep it. Type **export my data** first if you'd like a copy.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> DeleteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<bool> { Succeeded: true, Value: true })
        {
            step.Send("Okay, nothing was deleted.");
            return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
        }

        int removed = await _services.Records.DeleteAllAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        int other = _hooks is null ? 0 : await _hooks.EraseOtherUserDataAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        string detail = _hooks is null
            ? string.Create(CultureInfo.InvariantCulture, $"I removed {removed} {(removed == 1 ? "record" : "records")}: your goals, contacts, question lists, debriefs and practice.")
            : string.Create(CultureInfo.InvariantCulture, $"I removed {removed + other} items: {removed} {(removed == 1 ? "record" : "records")} (goals, contacts, question lists, debriefs, practice) and {other} reminders, conversation references and saved conversation state.");
        step.Send($"Done. {detail} If you come back, we start fresh.");

        // The host erases this conversation's state too: leave nothing on the stack to resume.
        return await step.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }
}
