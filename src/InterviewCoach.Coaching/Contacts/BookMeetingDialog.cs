using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>book a meeting</c> / <c>meeting with Maria next Tuesday at 2pm</c>: the typed way to say a contact agreed to
/// meet. Finds the contact by the name typed first (or asks which), then moves them to "conversation booked" and asks
/// the meeting's details, taking a day and time typed with the command as the answer to "when".
/// </summary>
internal sealed class BookMeetingDialog : WaterfallDialog
{
    public const string DialogId = "contact.book-meeting";

    private const string WhenKey = "when";

    private readonly CoachServices _services;

    public BookMeetingDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoAsync);
        AddStep(MoveStageAsync);
        AddStep(FinishAsync);
    }

    private async ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0)
        {
            step.Send("Add the person first with **add contact**; then type **meeting with** and their name, and I'll note the details.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string? text = step.GetOptions<BookMeetingOptions>()?.Text;
        if (text is not null && ContactNames.AtStart(text, contacts) is { } named)
        {
            step.Values.Set(WhenKey, named.Remainder);
            return await step.NextAsync(named.Contact.Id, cancellationToken).ConfigureAwait(false);
        }

        // No name first: whatever was typed may still be the time ("book a meeting next Tuesday at 2").
        step.Values.Set(WhenKey, text ?? string.Empty);
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Who are you meeting?",
            Help = "Pick the contact who agreed to meet; I'll note when and where next.",
            Choices =
            [
                .. contacts
                    .OrderBy(c => c.Stage is ContactStage.Asked or ContactStage.ToContact or ContactStage.NoAnswer ? 0 : 1)
                    .Take(20)
                    .Select(c => new Choice(c.Id, c.Name)),
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> MoveStageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? id = step.Result switch
        {
            string known => known,
            PromptResult<Choice> { Succeeded: true } picked => picked.Value!.Value,
            _ => null,
        };
        if (id is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string when = step.Values.GetOrDefault<string>(WhenKey) ?? string.Empty;
        return await step.BeginDialogAsync(
            ContactStageDialog.DialogId,
            new ContactRef(id, ContactStage.MeetingSet, when.Length == 0 ? null : when),
            cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);
}
