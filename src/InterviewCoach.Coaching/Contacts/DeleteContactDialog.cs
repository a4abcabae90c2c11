using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>Deletes a contact after the user confirms.</summary>
internal sealed class DeleteContactDialog : WaterfallDialog
{
    public const string DialogId = "contact.delete";

    private readonly CoachServices _services;

    public DeleteContactDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(ConfirmAsync);
        AddStep(DeleteAsync);
    }

    private async ValueTask<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.GetOptions<ContactRef>()?.ContactId, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send(ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = $"Delete {contact.Name} and everything noted about them? This can't be undone.",
            Help = "Say **yes** to delete the contact for good, or **no** to keep it.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> DeleteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = (PromptResult<bool>)step.Result!;
        string id = step.GetOptions<ContactRef>()!.ContactId;
        if (answer is { Succeeded: true, Value: true })
        {
            Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false);
            await ContactRecords.DeleteAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false);
            step.Send($"Deleted {contact?.Name ?? "the contact"}.");
            if (contact is not null && await StageFollowThrough.OnDeletedAsync(_services, step.UserKey, contact, cancellationToken).ConfigureAwait(false) is { } cancelled)
            {
                step.Send(cancelled);
            }
        }
        else
        {
            step.Send("Okay, I've kept it.");
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
