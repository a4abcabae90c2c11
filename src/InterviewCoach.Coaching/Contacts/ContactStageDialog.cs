using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Moves a contact along: to contact, asked, meeting set, met, thanked, keeping in touch, or no answer / declined.
/// The usual next steps are offered first; a step backwards asks for confirmation; "meeting set" asks for the details.
/// </summary>
internal sealed class ContactStageDialog : WaterfallDialog
{
    public const string DialogId = "contact.stage";

    private const string StageKey = "stage";
    private const string NameKey = "name";
    private const string Phone = "phone";
    private const string InPerson = "in-person";

    private static readonly Choice[] s_askedBy =
    [
        new(nameof(OutreachChannel.Email), "Email") { Synonyms = ["email", "e-mail", "emailed", "by email", "mail"] },
        new(nameof(OutreachChannel.Letter), "Letter") { Synonyms = ["letter", "wrote", "post", "by letter"] },
        new(nameof(OutreachChannel.LinkedIn), "LinkedIn") { Synonyms = ["linkedin", "linked in", "inmail", "message on linkedin"] },
        new(Phone, "Phone call") { Synonyms = ["phone", "call", "called", "rang", "by phone"] },
        new(InPerson, "In person") { Synonyms = ["in person", "face to face", "at an event", "met them"] },
    ];

    private readonly CoachServices _services;

    public ContactStageDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskStageAsync);
        AddStep(ConfirmRegressionAsync);
        AddStep(AskMeetingAsync);
        AddStep(SaveAsync);
    }

    private async ValueTask<DialogTurnResult> AskStageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.GetOptions<ContactRef>()?.ContactId, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send(ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // Chosen with the command ("meeting with Maria"): no need to ask where things are.
        if (step.GetOptions<ContactRef>()?.Stage is { } chosen)
        {
            return await step.NextAsync(new PromptResult<Choice>(true, new Choice(chosen.ToString(), chosen.ToLabel()), 0), cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<ContactStage> usual = ContactStageRules.NormalNextStages(contact.Stage);
        Choice[] choices = usual
            .Concat(Enum.GetValues<ContactStage>().Where(s => s != contact.Stage && !usual.Contains(s)))
            .Select(s => new Choice(s.ToString(), s.ToLabel()) { Synonyms = StageWords(s) })
            .ToArray();
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"Where are things with {contact.Name} now? (Currently: {contact.Stage.ToLabel()}.)",
            Help = "The usual next steps come first. Choose **No reply yet** or **Said no** if it went quiet or they turned you down; you can reopen it later.",
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ways people say each stage ("meeting set", "we met", "ghosted").</summary>
    private static string[] StageWords(ContactStage stage) => stage switch
    {
        ContactStage.ToContact => ["not asked", "not yet", "to contact", "haven't asked"],
        ContactStage.Asked => ["asked", "waiting", "asked them", "i asked", "sent it", "waiting to hear"],
        ContactStage.MeetingSet => ["meeting set", "meeting booked", "booked", "meeting", "they said yes", "she said yes", "he said yes", "set up a meeting"],
        ContactStage.Met => ["met", "we met", "talked", "we talked", "had the meeting", "had the conversation", "spoke"],
        ContactStage.Thanked => ["thanked", "thank you sent", "sent a thank you", "sent the thank you"],
        ContactStage.KeepingInTouch => ["in touch", "keeping in touch", "stay in touch"],
        ContactStage.NoAnswer => ["no reply", "no answer", "ghosted", "nothing back", "heard nothing", "no response"],
        _ => ["declined", "they said no", "she said no", "he said no", "turned me down", "not interested"],
    };

    private async ValueTask<DialogTurnResult> ConfirmRegressionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = (PromptResult<Choice>)step.Result!;
        if (!picked.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var stage = Enum.Parse<ContactStage>(picked.Value!.Value);
        step.Values.Set(StageKey, stage);
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.GetOptions<ContactRef>()!.ContactId, cancellationToken).ConfigureAwait(false);
        step.Values.Set(NameKey, contact?.Name ?? "them");
        if (contact is not null && ContactStageRules.IsRegression(contact.Stage, stage))
        {
            return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
            {
                Prompt = $"That moves {contact.Name} back from _{contact.Stage.ToLabel()}_ to _{stage.ToLabel()}_. Is that right?",
                Help = "Say **yes** to correct the stage, or **no** to leave it as it is.",
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(true, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskMeetingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        bool confirmed = step.Result switch
        {
            PromptResult<bool> answer => answer.Succeeded && answer.Value,
            bool value => value,
            _ => false,
        };
        if (!confirmed)
        {
            step.MarkSaved();
            step.Send("Okay, I've left the stage as it was.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (step.Values.Get<ContactStage>(StageKey) == ContactStage.MeetingSet)
        {
            step.Send("Great news! Let's note the details.");
            return await step.BeginDialogAsync(MeetingDialog.DialogId, new MeetingOptions(step.Values.Get<string>(NameKey), step.GetOptions<ContactRef>()!.ContactId, WhenText: step.GetOptions<ContactRef>()!.MeetingWhen), cancellationToken).ConfigureAwait(false);
        }

        if (step.Values.Get<ContactStage>(StageKey) == ContactStage.Asked)
        {
            // A written ask starts the 3B7 routine and the promised call, so it matters how it went out.
            return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
            {
                Prompt = $"How did you ask {step.Values.Get<string>(NameKey)}?",
                Help = "Pick how the ask went out: for an email, letter or LinkedIn message I'll remind you when to follow up.",
                Choices = s_askedBy,
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Someone is to call again, so no meeting is set: the stage stays, and a call-back is planned when it's the user's call.
        if (step.Result is MeetingPutOff putOff)
        {
            step.MarkSaved();
            return putOff.UserCallsBack
                ? await step.ReplaceDialogAsync(CallBackDialog.DialogId, new CallBackOptions(putOff.CallBackWhen, step.GetOptions<ContactRef>()!.ContactId), cancellationToken).ConfigureAwait(false)
                : await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var stage = step.Values.Get<ContactStage>(StageKey);
        var meeting = step.Result as MeetingDetails;
        if (stage == ContactStage.MeetingSet && meeting is null)
        {
            // The meeting questions were given up on: keep the stage change, the details can be added with edit.
            step.Send("I'll mark the meeting as set; add the time and place later with **Edit**.");
        }

        string? askedBy = step.Result is PromptResult<Choice> { Succeeded: true } how ? how.Value!.Value : null;
        DateTimeOffset now = step.Now;
        Contact? before = null;
        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(
            _services.Records,
            step.UserKey,
            step.GetOptions<ContactRef>()!.ContactId,
            contact =>
            {
                before = contact;
                AskedVia via = askedBy switch
                {
                    Phone => AskedVia.Phone,
                    InPerson => AskedVia.InPerson,
                    _ => Enum.TryParse(askedBy, out AskedVia written) ? written : contact.AskedVia,
                };
                return contact with { Stage = stage, Meeting = meeting ?? contact.Meeting, AskedVia = via, UpdatedAt = now };
            },
            cancellationToken).ConfigureAwait(false);
        if (ContactRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        if (update.Succeeded)
        {
            step.MarkSaved();
            Contact saved = update.Value!;
            step.Send(stage switch
            {
                ContactStage.MeetingSet when saved.Meeting is { } booked => $"Saved: {saved.Name}, {ContactCards.When(booked)}. Type **rehearse** to practise your opening before the day.",
                ContactStage.Met => $"Saved: you've talked with {saved.Name}. Send a thank-you note within a day or two, then mark it as **Thank-you sent**.",
                ContactStage.Thanked => $"Saved. Keep {saved.Name} posted now and then on how your search is going.",
                ContactStage.KeepingInTouch => $"Saved: {saved.Name} agreed to stay in touch.",
                ContactStage.NoAnswer => $"Saved. It's fine to try {saved.Name} once more in a week or so; the initiative stays with you.",
                ContactStage.Declined => $"Saved. Thank {saved.Name} for replying, and move on to the next name on your list.",
                _ => $"Saved: {saved.Name} is now at _{stage.ToLabel()}_.",
            });
            if (await StageFollowThrough.OnStageChangedAsync(_services, step.UserKey, before, saved, meeting, askedBy, now, cancellationToken).ConfigureAwait(false) is { } told)
            {
                step.Send(told);
            }
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
