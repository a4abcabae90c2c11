using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>Edits one part of a contact: details, connection, preferred channel, meeting or notes.</summary>
internal sealed class EditContactDialog : WaterfallDialog
{
    public const string DialogId = "contact.edit";

    private const string PartKey = "part";
    private const string ConnectionKey = "connection";
    private const string Details = "details";
    private const string Connection = "connection";
    private const string Channel = "channel";
    private const string Meeting = "meeting";
    private const string Notes = "notes";

    private const string AskedKey = "asked";
    private const string ReferrerKey = "referrer";

    // Once the ask has gone out, the channel part records how it went out (the opener reads it, S078).
    private static Choice[] Parts(bool asked) =>
    [
        new(Details, "Name, role, organisation") { Synonyms = ["name", "role", "organisation", "organization", "details", "email", "phone"] },
        new(Connection, "How we're connected") { Synonyms = ["connection", "referred by", "referrer"] },
        new(Channel, asked ? "How I asked" : "How I'll ask") { Synonyms = ["channel", "preferred channel", "how i asked", "how i'll ask", "how i will ask", "asked via"] },
        new(Meeting, "Meeting details") { Synonyms = ["meeting", "time", "place", "directions", "length"] },
        new(Notes, "Notes") { Synonyms = ["note"] },
    ];

    private readonly CoachServices _services;

    public EditContactDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskPartAsync);
        AddStep(AskValueAsync);
        AddStep(AskDetailAsync);
        AddStep(AskConsentAsync);
        AddStep(SaveAsync);
    }

    private async ValueTask<DialogTurnResult> AskPartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact? contact = await LoadAsync(step, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send(ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"What would you like to change for {contact.Name}?",
            Help = "Pick one part; I'll show what's there now. To move them along (asked, met...), use **Stage** instead.",
            Choices = Parts(ContactQuestions.HasAsked(contact)),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskValueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = (PromptResult<Choice>)step.Result!;
        Contact? contact = await LoadAsync(step, cancellationToken).ConfigureAwait(false);
        if (!picked.Succeeded || contact is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string part = picked.Value!.Value;
        step.Values.Set(PartKey, part);
        return part switch
        {
            Details => await step.PromptAsync(CoachPrompts.Form, new PromptOptions
            {
                Prompt = ContactQuestions.DetailsForm(contact).Markdown,
                Form = ContactQuestions.DetailsForm(contact),
                Help = "Change the fields you need and press **Save**.",
            }, cancellationToken).ConfigureAwait(false),
            Connection => await step.PromptAsync(CoachPrompts.Choice, ContactQuestions.Connection(contact.Name), cancellationToken).ConfigureAwait(false),
            Channel => await AskChannelAsync(step, contact, cancellationToken).ConfigureAwait(false),
            Meeting => await step.BeginDialogAsync(MeetingDialog.DialogId, new MeetingOptions(contact.Name, contact.Id, contact.Meeting?.Goal), cancellationToken).ConfigureAwait(false),
            _ => await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
            {
                Prompt = contact.Notes is { Length: > 0 } notes
                    ? $"Your notes now:\n\n{notes}\n\nSend the new notes (they replace these)."
                    : "Send your notes about them: what you know, what you'd like to ask.",
                Max = 4000,
            }, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async ValueTask<DialogTurnResult> AskDetailAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.Get<string>(PartKey) == Connection && step.Result is PromptResult<Choice> { Succeeded: true } picked)
        {
            var kind = Enum.Parse<ConnectionKind>(picked.Value!.Value);
            step.Values.Set(ConnectionKey, kind);
            if (ContactQuestions.ConnectionDetail(kind) is { } question)
            {
                return await step.PromptAsync(kind == ConnectionKind.ReferredBy ? CoachPrompts.ReferrerName : CoachPrompts.Text, question, cancellationToken).ConfigureAwait(false);
            }
        }

        return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
    }

    // A new referrer is asked whether they may be named, as when the contact was added (D12).
    private async ValueTask<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.Get<string>(PartKey) == Connection
            && step.Values.Get<ConnectionKind>(ConnectionKey) == ConnectionKind.ReferredBy
            && step.Result is PromptResult<string> { Succeeded: true } detail
            && !CoachPrompts.IsSkip(detail.Value!))
        {
            step.Values.Set(ReferrerKey, detail.Value!.Trim());
            if (ContactQuestions.ConsentAlreadySaid(step.Context.Input) is { } said)
            {
                return await step.NextAsync(said, cancellationToken).ConfigureAwait(false);
            }

            string name = (await LoadAsync(step, cancellationToken).ConfigureAwait(false))?.Name ?? "them";
            return await step.PromptAsync(CoachPrompts.Choice, ContactQuestions.Consent(detail.Value.Trim(), name), cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is MeetingPutOff { UserCallsBack: true } putOff)
        {
            return await step.ReplaceDialogAsync(CallBackDialog.DialogId, new CallBackOptions(putOff.CallBackWhen, step.GetOptions<ContactRef>()!.ContactId), cancellationToken).ConfigureAwait(false);
        }

        string part = step.Values.Get<string>(PartKey);
        DateTimeOffset now = step.Now;
        IReadOnlyList<Contact> others = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        Func<Contact, Contact>? change = (part, step.Result) switch
        {
            (Details, PromptResult<FormSubmission> { Succeeded: true } form) => c => ContactQuestions.ApplyDetails(c, form.Value!),
            (Connection, PromptResult<Choice> { Succeeded: true } consent) when step.Values.TryGet(ReferrerKey, out string? referrer) =>
                c => ContactQuestions.ApplyConnection(c, ConnectionKind.ReferredBy, referrer, others) with { ReferrerConsent = Enum.Parse<ReferrerConsent>(consent.Value!.Value) },
            (Connection, PromptResult<string> { Succeeded: true } detail) => c => ContactQuestions.ApplyConnection(c, step.Values.Get<ConnectionKind>(ConnectionKey), detail.Value, others),
            (Connection, PromptResult<Choice> { Succeeded: true }) => c => ContactQuestions.ApplyConnection(c, step.Values.Get<ConnectionKind>(ConnectionKey), null, others),
            (Channel, PromptResult<Choice> { Succeeded: true } channel) when step.Values.GetOrDefault(AskedKey, false) =>
                c => ContactQuestions.ApplyAskedVia(c, Enum.Parse<AskedVia>(channel.Value!.Value)),
            (Channel, PromptResult<Choice> { Succeeded: true } channel) => c => c with { PreferredChannel = Enum.Parse<PreferredChannel>(channel.Value!.Value) },
            (Meeting, MeetingDetails meeting) => c => c with { Meeting = meeting },
            (Notes, PromptResult<string> { Succeeded: true } notes) => c => c with { Notes = notes.Value },
            _ => null,
        };
        if (change is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(
            _services.Records, step.UserKey, step.GetOptions<ContactRef>()!.ContactId, c => change(c) with { UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
        if (ContactRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        if (update.Succeeded)
        {
            step.MarkSaved();
            step.Send(ContactCards.Detail(update.Value!, "Saved"));

            // New meeting details move the meeting's reminders with it.
            if (step.Result is MeetingDetails meeting
                && await StageFollowThrough.OnMeetingAsync(_services, step.UserKey, update.Value!, meeting, now, cancellationToken).ConfigureAwait(false) is { } moved)
            {
                step.Send(moved);
            }
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskChannelAsync(WaterfallStepContext step, Contact contact, CancellationToken cancellationToken)
    {
        bool asked = ContactQuestions.HasAsked(contact);
        step.Values.Set(AskedKey, asked);
        return await step.PromptAsync(
            CoachPrompts.Choice, asked ? ContactQuestions.AskedViaQuestion(contact.Name) : ContactQuestions.Channel(contact.Name), cancellationToken).ConfigureAwait(false);
    }

    private ValueTask<Contact?> LoadAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ContactRecords.GetAsync(_services.Records, step.UserKey, step.GetOptions<ContactRef>()?.ContactId, cancellationToken);
}
