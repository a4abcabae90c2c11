namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// What to remind, and when: turns each search event into reminders to schedule and to cancel. Pure: no clock, no I/O.
/// Times are computed in the user's <see cref="TimeZoneInfo"/> where the calendar matters (business days, "the day before");
/// quiet hours are applied at delivery, not here, so a change of allowed hours applies to reminders already stored.
/// </summary>
public sealed class ReminderPolicy
{
    private static readonly ReminderKind[] s_outreach = [ReminderKind.OutreachSecondContact, ReminderKind.OutreachFollowUp];

    public ReminderPolicy(ReminderPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    public ReminderPolicyOptions Options { get; }

    public ReminderPlan Plan(ReminderEvent reminderEvent, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(reminderEvent);
        ArgumentNullException.ThrowIfNull(zone);
        return reminderEvent switch
        {
            MeetingScheduled e => MeetingScheduled(e, zone),
            MeetingHeld e => MeetingHeld(e),
            DebriefCompleted e => DebriefCompleted(e),
            VoicemailLeft e => VoicemailLeft(e, zone),
            OutreachSent e => OutreachSent(e, zone),
            ReplyReceived e => ReplyReceived(e),
            TouchLogged e => new ReminderPlan([KeepInTouch(e.Contact, e.TouchedAt)], []),
            SearchMarkedDone e => SearchMarkedDone(e),
            _ => throw new ArgumentException($"No reminder rule for {reminderEvent.GetType().Name}.", nameof(reminderEvent)),
        };
    }

    /// <summary>The dedupe key of a kind of reminder about one subject (a contact, an organisation and contact, a promise).</summary>
    public static string DedupeKey(ReminderKind kind, params string[] parts) => kind + ":" + string.Join(':', parts);

    private ReminderPlan MeetingScheduled(MeetingScheduled e, TimeZoneInfo zone)
    {
        ReminderContact c = e.Contact;
        DateTime localMeeting = ZonedTime.ToLocal(e.MeetingAt, zone);
        DateTimeOffset dayBefore = ZonedTime.ToInstant(localMeeting.AddDays(-Options.MeetingPrepDaysBefore), zone);
        DateTimeOffset hourBefore = e.MeetingAt - Options.MeetingPrepShortBefore;
        var schedule = new List<ReminderRequest>();
        var cancel = new List<ReminderCancellation>();

        // A moved meeting replaces its reminders by dedupe key; a prep time already past is cancelled rather than sent late.
        AddOrCancel(new ReminderRequest(
            ReminderKind.MeetingPrepDayBefore, DedupeKey(ReminderKind.MeetingPrepDayBefore, c.Id), dayBefore,
            $"Prepare for tomorrow with {c.Name}",
            "Review your questions, your short introduction, and the time and place. Remember: you are there to learn, not to ask for a job.",
            ReminderFlows.Prep, c.Id, c.Organisation));
        AddOrCancel(new ReminderRequest(
            ReminderKind.MeetingPrepHourBefore, DedupeKey(ReminderKind.MeetingPrepHourBefore, c.Id), hourBefore,
            $"{c.Name} in an hour",
            "Have your top three questions ready and keep to the time you asked for.",
            ReminderFlows.Prep, c.Id, c.Organisation));
        schedule.Add(new ReminderRequest(
            ReminderKind.DebriefPrompt, DedupeKey(ReminderKind.DebriefPrompt, c.Id), e.MeetingAt + Options.DebriefPromptAfter,
            $"Did you meet {c.Name}?",
            "If you did, take five minutes to debrief while it is fresh: what you learned, who they suggested, what you promised.",
            ReminderFlows.Debrief, c.Id, c.Organisation));

        // A meeting means someone at the organisation answered: the 3B7 reminders there have done their job.
        if (c.Organisation is not null)
        {
            cancel.Add(ReminderCancellation.ByOrganisation(c.Organisation, s_outreach));
        }

        return new ReminderPlan(schedule, cancel);

        void AddOrCancel(ReminderRequest request)
        {
            if (request.DueUtc > e.ScheduledAt)
            {
                schedule.Add(request);
            }
            else
            {
                cancel.Add(ReminderCancellation.ByDedupeKey(request.DedupeKey));
            }
        }
    }

    private ReminderPlan MeetingHeld(MeetingHeld e)
    {
        ReminderContact c = e.Contact;
        string series = DedupeKey(ReminderKind.ThankYouNote, c.Id);
        var schedule = new List<ReminderRequest>
        {
            new(
                ReminderKind.ThankYouNote, series + ":1", e.HeldAt + Options.ThankYouAfter,
                $"Send a thank-you note to {c.Name}",
                "A short thank-you within a day keeps the door open. Mention one thing you learned and how you will use it.",
                ReminderFlows.ThankYou, c.Id, c.Organisation, series),
            new(
                ReminderKind.ThankYouNote, series + ":2", e.HeldAt + Options.ThankYouSecondNudgeAfter,
                $"Still time to thank {c.Name}",
                "A brief note today still counts. Name one piece of advice you plan to act on.",
                ReminderFlows.ThankYou, c.Id, c.Organisation, series),
            KeepInTouch(c, e.HeldAt),
        };
        if (e.ReferredBy is { } referrer)
        {
            schedule.Add(new ReminderRequest(
                ReminderKind.ReferrerUpdate, DedupeKey(ReminderKind.ReferrerUpdate, referrer.Id, c.Id), e.HeldAt + Options.ReferrerUpdateAfter,
                $"Tell {referrer.Name} you met {c.Name}",
                $"People like to hear their introduction helped. Two lines to {referrer.Name} are enough.",
                ReminderFlows.Contacts, referrer.Id, referrer.Organisation));
        }

        ReminderCancellation[] cancel =
        [
            ReminderCancellation.ByContact(c.Id, ReminderKind.MeetingPrepDayBefore, ReminderKind.MeetingPrepHourBefore),
        ];
        return new ReminderPlan(schedule, cancel);
    }

    private ReminderPlan DebriefCompleted(DebriefCompleted e)
    {
        ReminderContact c = e.Contact;
        var schedule = new List<ReminderRequest>();
        foreach (ReminderContact referral in e.Referrals)
        {
            schedule.Add(new ReminderRequest(
                ReminderKind.ReferralOutreach, DedupeKey(ReminderKind.ReferralOutreach, c.Id, referral.Id), e.CompletedAt + Options.ReferralOutreachAfter,
                $"Reach out to {referral.Name}",
                $"{c.Name} suggested you talk to {referral.Name}. Mention {c.Name} in your first line and ask for 20 minutes of advice.",
                ReminderFlows.Contacts, referral.Id, referral.Organisation));
        }

        foreach (PromisedItem promise in e.Promises)
        {
            schedule.Add(new ReminderRequest(
                ReminderKind.PromisedItem, DedupeKey(ReminderKind.PromisedItem, c.Id, promise.Id), promise.DueBy ?? e.CompletedAt + Options.PromisedItemAfter,
                $"Send {c.Name} what you promised",
                $"You offered: {promise.Description}. Following through is how a conversation becomes a relationship.",
                ReminderFlows.Contacts, c.Id, c.Organisation));
        }

        return new ReminderPlan(schedule, [ReminderCancellation.ByContact(c.Id, ReminderKind.DebriefPrompt)]);
    }

    private ReminderPlan VoicemailLeft(VoicemailLeft e, TimeZoneInfo zone)
    {
        ReminderContact c = e.Contact;
        return new ReminderPlan(
            [
                new ReminderRequest(
                    ReminderKind.VoicemailCallBack, DedupeKey(ReminderKind.VoicemailCallBack, c.Id), BusinessDays.Add(e.LeftAt, Options.VoicemailCallBackBusinessDays, zone),
                    $"Call {c.Name} back",
                    "You left a voicemail last business day. Try once more today: a second call is polite and expected.",
                    ReminderFlows.Contacts, c.Id, c.Organisation),
            ],
            []);
    }

    private ReminderPlan OutreachSent(OutreachSent e, TimeZoneInfo zone)
    {
        ReminderContact c = e.Contact;
        string organisation = c.Organisation ?? throw new ArgumentException("The 3B7 routine needs the contact's organisation.", nameof(e));
        string orgKey = Organisations.Normalize(organisation);
        return new ReminderPlan(
            [
                new ReminderRequest(
                    ReminderKind.OutreachSecondContact, DedupeKey(ReminderKind.OutreachSecondContact, orgKey, c.Id), BusinessDays.Add(e.SentAt, Options.OutreachSecondContactBusinessDays, zone),
                    $"Ask a second person at {organisation}",
                    $"No reply from {c.Name} after three business days. Ask another contact at {organisation} now rather than waiting on one person.",
                    ReminderFlows.Contacts, c.Id, organisation),
                new ReminderRequest(
                    ReminderKind.OutreachFollowUp, DedupeKey(ReminderKind.OutreachFollowUp, orgKey, c.Id), BusinessDays.Add(e.SentAt, Options.OutreachFollowUpBusinessDays, zone),
                    $"Follow up once with {c.Name}",
                    $"It has been a week and a half. Send {c.Name} one short, friendly follow-up, then let it rest.",
                    ReminderFlows.Contacts, c.Id, organisation),
            ],
            []);
    }

    private static ReminderPlan ReplyReceived(ReplyReceived e)
    {
        var cancel = new List<ReminderCancellation> { ReminderCancellation.ByOrganisation(e.Organisation, s_outreach) };
        if (e.ContactId is not null)
        {
            cancel.Add(ReminderCancellation.ByContact(e.ContactId, ReminderKind.VoicemailCallBack));
        }

        return new ReminderPlan([], cancel);
    }

    private ReminderPlan SearchMarkedDone(SearchMarkedDone e)
    {
        var schedule = new List<ReminderRequest>();
        foreach (ReminderContact helper in e.Helpers)
        {
            schedule.Add(new ReminderRequest(
                ReminderKind.CloseTheLoop, DedupeKey(ReminderKind.CloseTheLoop, helper.Id), e.MarkedAt + Options.CloseTheLoopAfter,
                $"Close the loop with {helper.Name}",
                $"Your search is done. Tell {helper.Name} how it turned out and thank them again; they helped you get here.",
                ReminderFlows.Progress, helper.Id, helper.Organisation));
        }

        return new ReminderPlan(schedule, [ReminderCancellation.ByKinds(ReminderKind.KeepInTouch, ReminderKind.OutreachSecondContact, ReminderKind.OutreachFollowUp)]);
    }

    private ReminderRequest KeepInTouch(ReminderContact c, DateTimeOffset lastTouch) => new(
        ReminderKind.KeepInTouch, DedupeKey(ReminderKind.KeepInTouch, c.Id), lastTouch + Options.KeepInTouchAfter,
        $"Send {c.Name} a progress update",
        $"It has been about two months since you were last in touch. Tell {c.Name} what you did with their advice.",
        ReminderFlows.Progress, c.Id, c.Organisation);
}
