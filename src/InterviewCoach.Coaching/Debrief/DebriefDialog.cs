using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// <c>debrief</c>: after a conversation, records what the user learned, how their view changed, advice, referrals
/// (each becomes a contact "referred by" this one), promises and next steps, and a self-review with one tip. Then it
/// drafts the thank-you note, marks the contact met and schedules the follow-ups through <see cref="FollowThrough"/>.
/// </summary>
internal sealed class DebriefDialog : WaterfallDialog
{
    public const string DialogId = "debrief";

    public const string Today = "today";
    public const string Yesterday = "yesterday";
    public const string OtherDay = "other";
    public const string MarkSent = "sent";
    public const string NotYet = "later";

    private static readonly Choice[] s_review =
    [
        new(nameof(SelfReview.KeptToTime), "Kept to time"),
        new(nameof(SelfReview.AskedOpenQuestions), "Asked open questions"),
        new(nameof(SelfReview.AskedForReferrals), "Asked for referrals"),
        new(nameof(SelfReview.AvoidedAskingForJob), "Didn't ask for a job"),
        new(nameof(SelfReview.TookNotes), "Took notes"),
        new("none", "None of these") { Synonyms = ["none", "nothing"] },
    ];

    private readonly CoachServices _services;

    public DebriefDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep((step, ct) => FlowsTwoContactPicker.AskAsync(step, _services, "Which conversation do you want to debrief?", allowGeneric: false, ct));
        AddStep(AskDateAsync);
        AddStep(AskOtherDateAsync);
        AddStep(AskLearnedAsync);
        AddStep(AskViewChangeAsync);
        AddStep(AskWhyAsync);
        AddStep(AskAdviceAsync);
        AddStep(AskReferralsAsync);
        AddStep(AskPromisesAsync);
        AddStep(AskNextStepsAsync);
        AddStep(AskReviewAsync);
        AddStep(FinishAsync);
        AddStep(MarkSentAsync);
    }

    private async ValueTask<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact? contact = await FlowsTwoRecords.GetContactAsync(_services, step.UserKey, FlowsTwoContactPicker.PickedValue(step.Result), cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send("A debrief belongs to a contact, and I can't find one to attach it to. Add the person to your contacts first, then type **debrief**.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("contactId", contact.Id);
        step.Values.Set("contactName", contact.Name);
        IReadOnlyList<DebriefRecord> earlier = await DebriefStore.ListForContactAsync(_services, step.UserKey, contact.Id, cancellationToken).ConfigureAwait(false);
        if (earlier.Count > 0)
        {
            step.Send(DebriefView.History(contact.Name, earlier));
        }

        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);
        return await step.PromptAsync(FlowsTwoPrompts.Choice, new PromptOptions
        {
            Prompt = $"When did you talk to {contact.Name}?",
            Choices =
            [
                new(Today, $"Today ({DebriefView.Date(today)})") { Synonyms = ["today"] },
                new(Yesterday, "Yesterday") { Synonyms = ["yesterday"] },
                new(OtherDay, "Another day") { Synonyms = ["other", "earlier", "another"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskOtherDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);
        string picked = step.Result is PromptResult<Choice> { Succeeded: true, Value: { } choice } ? choice.Value : Today;
        if (picked == OtherDay)
        {
            return await step.PromptAsync(FlowsTwoPrompts.DateTime, new PromptOptions
            {
                Prompt = "Which day was it? (for example \"last Tuesday\" or 2026-01-02)",
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(picked == Yesterday ? today.AddDays(-1) : today, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskLearnedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);
        DateOnly metOn = step.Result switch
        {
            DateOnly date => date,
            PromptResult<DateTimeResolution> { Succeeded: true, Value: { } resolved } => resolved.Date,
            _ => today,
        };
        if (metOn > today)
        {
            step.Send("That's in the future, so I've put today.");
            metOn = today;
        }

        step.Values.Set("metOn", metOn);
        CoachingProfile? profile = await FlowsTwoRecords.GetProfileAsync(_services, step.UserKey, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> goals = [.. (profile?.Purposes ?? InterviewPurposes.None).ToLabels().Select(g => g.ToLowerInvariant()), .. profile?.OtherPurposes ?? []];
        string prompt = goals.Count > 0
            ? $"You set out to: _{string.Join("; ", goals)}_. What did you learn about that, and what else stood out?"
            : "What did you learn? The facts, the surprises, anything that stood out.";
        return await step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions { Prompt = prompt, Max = FlowsTwoPrompts.MaxLongLength }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskViewChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("learned", ((PromptResult<string>)step.Result!).Value!.Trim());
        return step.PromptAsync(FlowsTwoPrompts.Number, new PromptOptions
        {
            Prompt = "From 1 (not at all) to 5 (completely), how much did it change your view of the field?",
            Min = 1,
            Max = 5,
            WholeNumber = true,
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskWhyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("viewChange", (int)((PromptResult<decimal>)step.Result!).Value);
        return step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions
        {
            Prompt = "Why? What shifted, or what did it confirm?",
            Max = FlowsTwoPrompts.MaxLongLength,
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskAdviceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("why", DebriefAnswers.Optional(((PromptResult<string>)step.Result!).Value));
        return step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions
        {
            Prompt = "What advice did they give you? (or **none**)",
            Max = FlowsTwoPrompts.MaxLongLength,
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskReferralsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("advice", DebriefAnswers.Optional(((PromptResult<string>)step.Result!).Value));
        return step.BeginDialogAsync(ReferralLoopDialog.DialogId, new ReferralLoopOptions(step.Values.Get<string>("contactName"), []), cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskPromisesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("referrals", step.Result as IReadOnlyList<DebriefReferral> ?? []);
        return step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions
        {
            Prompt = "Did you promise to send them anything? Put each item on its own line, or say **none**.",
            Max = FlowsTwoPrompts.MaxLongLength,
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskNextStepsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("promised", DebriefAnswers.Items(((PromptResult<string>)step.Result!).Value));
        return step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions
        {
            Prompt = "What are your next steps? (or **none**)",
            Max = FlowsTwoPrompts.MaxLongLength,
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("next", DebriefAnswers.Optional(((PromptResult<string>)step.Result!).Value));
        return step.PromptAsync(FlowsTwoPrompts.MultiChoice, new PromptOptions
        {
            Prompt = "Quick self-review: which of these did you manage? Pick all that apply.",
            Choices = s_review,
        }, cancellationToken);
    }

    private async ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        HashSet<string> done = step.Result is PromptResult<IReadOnlyList<Choice>> { Succeeded: true, Value: { } picks }
            ? picks.Select(p => p.Value).ToHashSet(StringComparer.Ordinal)
            : [];
        var review = new SelfReview
        {
            KeptToTime = done.Contains(nameof(SelfReview.KeptToTime)),
            AskedOpenQuestions = done.Contains(nameof(SelfReview.AskedOpenQuestions)),
            AskedForReferrals = done.Contains(nameof(SelfReview.AskedForReferrals)),
            AvoidedAskingForJob = done.Contains(nameof(SelfReview.AvoidedAskingForJob)),
            TookNotes = done.Contains(nameof(SelfReview.TookNotes)),
        };

        DateTimeOffset now = _services.Time.GetUtcNow();
        string contactId = step.Values.Get<string>("contactId");
        Contact? contact = await FlowsTwoRecords.GetContactAsync(_services, step.UserKey, contactId, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send("That contact was deleted while we talked, so there's nothing to attach this debrief to. Nothing was saved.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // Each referral becomes a contact first, so the debrief can point at them.
        var created = new List<Contact>();
        var referrals = new List<DebriefReferral>();
        foreach (DebriefReferral referral in step.Values.Get<IReadOnlyList<DebriefReferral>>("referrals"))
        {
            Contact referred = Contact.Create(referral.Name, now) with
            {
                Role = referral.Role,
                Organisation = referral.Organisation,
                Connection = ConnectionKind.ReferredBy,
                ReferredByName = contact.Name,
                ReferredByContactId = contact.Id,
                ConnectionNote = referral.MayUseName ? $"{contact.Name} said you may mention them." : $"Check with {contact.Name} before mentioning them.",
            };
            await FlowsTwoRecords.CreateContactAsync(_services, step.UserKey, referred, cancellationToken).ConfigureAwait(false);
            created.Add(referred);
            referrals.Add(referral with { ContactId = referred.Id });
        }

        DateOnly metOn = step.Values.Get<DateOnly>("metOn");
        CoachingProfile? profile = await FlowsTwoRecords.GetProfileAsync(_services, step.UserKey, cancellationToken).ConfigureAwait(false);
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(metOn, now, contact.Id),
            ContactId = contact.Id,
            ContactName = contact.Name,
            MetOn = metOn,
            Learned = step.Values.Get<string>("learned"),
            ViewChange = step.Values.Get<int>("viewChange"),
            ViewChangeWhy = step.Values.GetOrDefault<string>("why"),
            Advice = step.Values.GetOrDefault<string>("advice"),
            Referrals = referrals,
            PromisedItems = step.Values.Get<IReadOnlyList<string>>("promised"),
            NextSteps = step.Values.GetOrDefault<string>("next"),
            Review = review,
            Tip = SelfReviewTips.TipFor(review),
            CreatedAt = now,
        };
        debrief = debrief with { ThankYouDraft = ThankYouNote.Draft(profile, contact, debrief, DateOnly.FromDateTime(step.Now.DateTime)) };
        await _services.Records.SaveAsync(step.UserKey, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null, cancellationToken).ConfigureAwait(false);
        await FlowsTwoRecords.UpdateContactAsync(_services, step.UserKey, contact.Id, c => c.Stage is ContactStage.ToContact or ContactStage.Asked or ContactStage.MeetingSet or ContactStage.NoAnswer or ContactStage.Declined
            ? c with { Stage = ContactStage.Met, UpdatedAt = now }
            : c, cancellationToken).ConfigureAwait(false);
        step.Values.Set("debriefId", debrief.Id);
        step.MarkSaved();

        step.Send(DebriefView.Summary(debrief));
        if (created.Count > 0)
        {
            step.Send($"I've added {string.Join(", ", created.Select(c => c.Name))} to your contacts, noted as suggested by {contact.Name}.");
        }

        step.Send($"Here's a thank-you note to start from. Make it yours and send it within a day:\n\n{debrief.ThankYouDraft}");
        Contact? referrer = contact.ReferredByContactId is { } referrerId
            ? await FlowsTwoRecords.GetContactAsync(_services, step.UserKey, referrerId, cancellationToken).ConfigureAwait(false)
            : null;
        var completed = new DebriefCompleted(
            Remind(contact),
            HeldAt(contact, metOn, now, step.TimeZone),
            now,
            [.. created.Zip(referrals, (c, r) => new ReferralFollowUp(Remind(c), r.MayUseName))],
            [.. debrief.PromisedItems.Select((item, i) => new PromisedItem(string.Create(CultureInfo.InvariantCulture, $"{debrief.Id}-{i}"), item))],
            referrer is null ? null : Remind(referrer));
        FollowThroughResult? followUps = await FollowThrough.RaiseAsync(_services, step.UserKey, completed, cancellationToken).ConfigureAwait(false);
        if (followUps is not null)
        {
            step.Send(FollowThrough.Describe(followUps) ?? "I haven't set any reminders for this one.");
            step.Send($"If {contact.Name} agreed to hear from you again, move them to **Staying in touch** in **contacts** and I'll remind you to send an update every few months.");
        }

        return await step.PromptAsync(FlowsTwoPrompts.Choice, new PromptOptions
        {
            Prompt = $"I've marked {contact.Name} as talked to. Tell me when the thank-you is sent?",
            Choices =
            [
                new(MarkSent, "It's sent") { Synonyms = ["sent", "done", "yes"] },
                new(NotYet, "Not yet") { Synonyms = ["later", "no", "not yet"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> MarkSentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: MarkSent })
        {
            await DebriefStore.MarkThankYouSentAsync(_services, step.UserKey, step.Values.Get<string>("debriefId"), cancellationToken).ConfigureAwait(false);
            step.Send("Marked as sent. Well done.");
        }
        else
        {
            step.Send(await ThankYouDialog.NotYetAsync(_services, step.UserKey, step.Values.Get<string>("contactId"), cancellationToken).ConfigureAwait(false));
        }

        return await step.EndDialogAsync(step.Values.Get<string>("debriefId"), cancellationToken).ConfigureAwait(false);
    }

    private static ReminderContact Remind(Contact contact) => new(contact.Id, contact.Name, contact.Organisation);

    /// <summary>
    /// When the conversation ended: the booked meeting's planned end when it was on that day, now when it was today,
    /// else midday of that day (the thank-you clock of D1 counts from here).
    /// </summary>
    internal static DateTimeOffset HeldAt(Contact contact, DateOnly metOn, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (contact.Meeting is { } meeting && DateOnly.FromDateTime(ZonedTime.ToLocal(meeting.StartsAt, zone)) == metOn)
        {
            DateTimeOffset end = meeting.StartsAt.AddMinutes(meeting.DurationMinutes);
            return end < now ? end : now;
        }

        if (metOn >= DateOnly.FromDateTime(ZonedTime.ToLocal(now, zone)))
        {
            return now;
        }

        return ZonedTime.ToInstant(metOn.ToDateTime(new TimeOnly(12, 0)), zone);
    }
}
