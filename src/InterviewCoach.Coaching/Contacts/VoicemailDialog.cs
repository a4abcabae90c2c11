using System.Globalization;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>voicemail</c>: "I left a voicemail for ...". Marks the contact as asked with a dated note and names the next
/// business day to call back (see <see cref="VoicemailFollowUp.OnVoicemailLeftAsync"/>).
/// </summary>
internal sealed class VoicemailDialog : WaterfallDialog
{
    public const string DialogId = "contact.voicemail";

    private const string SomeoneElse = "someone-else";

    private readonly CoachServices _services;

    public VoicemailDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoAsync);
        AddStep(RecordAsync);
    }

    private async ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<ContactRef>() is { } known)
        {
            return await step.NextAsync(known.ContactId, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0)
        {
            return await step.NextAsync(SomeoneElse, cancellationToken).ConfigureAwait(false);
        }

        Choice[] choices =
        [
            .. contacts.Take(20).Select(c => new Choice(c.Id, c.Name)),
            new(SomeoneElse, "Someone not on my list"),
        ];
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Who did you leave a voicemail for?",
            Help = "Pick the contact so I can note it on their card and tell you when to call back.",
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? id = step.Result switch
        {
            string value => value,
            PromptResult<Choice> { Succeeded: true } picked => picked.Value!.Value,
            _ => null,
        };
        if (id is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset now = step.Now;
        if (id == SomeoneElse)
        {
            DateOnly day = Rehearsal.BusinessCalendar.NextBusinessDay(now);
            step.Send(string.Create(CultureInfo.InvariantCulture, $"Good. Call them back on **{day:dddd d MMMM}**, the next working day. Add them with **add contact** and I'll keep track for you."));
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(
            _services.Records, step.UserKey, id, contact => VoicemailFollowUp.Record(contact, now), cancellationToken).ConfigureAwait(false);
        if (ContactRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        if (update.Succeeded)
        {
            Contact contact = update.Value!;
            DateOnly callBack = await VoicemailFollowUp.OnVoicemailLeftAsync(_services, step.UserKey, contact, now, cancellationToken).ConfigureAwait(false);
            step.Send($"Noted on {contact.Name}'s card: voicemail left today, stage _{contact.Stage.ToLabel()}_.");
            step.Send(VoicemailFollowUp.CallBackLine(contact.Name, callBack));
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
