using System.Globalization;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// What to remind, and when: turns each search event into reminders to schedule and to cancel. Pure: no clock, no I/O.
/// The one place reminder timings and texts live; every flow reaches it through <see cref="FollowThrough"/>.
/// Times are computed in the user's <see cref="TimeZoneInfo"/> where the calendar matters (business days, "the day before");
/// quiet hours are applied at delivery, not here, so a change of allowed hours applies to reminders already stored.
/// </summary>
public sealed class ReminderPolicy
{
    // The day-of note (S083): the user runs the meeting; the contact won't start it for them.
    private const string YouLead =
        "You lead this meeting: thank them, say why you came, then open with your first question rather than waiting to be asked. "
        + "Have your top three questions ready, follow any interesting thread they open, take notes, and keep to the time you asked for.";

    private static readonly ReminderKind[] s_askPhase =
    [
        ReminderKind.OutreachSecondContact, ReminderKind.OutreachFollowUp, ReminderKind.OutreachCall, ReminderKind.VoicemailCallBack, ReminderKind.CallBack, ReminderKind.IntroductionCheck,
    ];

    private static readonly ReminderKind[] s_meeting = [ReminderKind.MeetingPrepDayBefore, ReminderKind.MeetingPrepHourBefore, ReminderKind.DebriefPrompt];

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
            MeetingCancelled e => new ReminderPlan([], [ReminderCancellation.ByContact(e.Contact.Id, s_meeting)]),
            DebriefCompleted e => DebriefCompleted(e),
            VoicemailLeft e => VoicemailLeft(e, zone),
            CallBackPlanned e => CallBack(e),
            OutreachSent e => OutreachSent(e, zone),
            ReplyReceived e => ReplyReceived(e),
            TouchLogged e => new ReminderPlan([KeepInTouch(e.Contact, e.TouchedAt)], []),
            ContactRemoved e => new ReminderPlan([], [ReminderCancellation.ByContact(e.Contact.Id)]),
            ReferralDropped e => new ReminderPlan([], [ReminderCancellation.ByContact(e.Referral.Id)]),
            SearchMarkedDone e => SearchMarkedDone(e),
            WeekOfConversations e => WeeklyReview(e, zone),
            LinkedInProfileOutdated e => new ReminderPlan(
                [
                    new ReminderRequest(
                        ReminderKind.UpdateLinkedIn, DedupeKey(ReminderKind.UpdateLinkedIn, "profile"), e.At + Options.LinkedInUpdateAfter,
                        "Update your LinkedIn profile",
                        "People you ask often look you up there first. Make sure your headline, summary and recent experience say what you're doing now.",
                        ReminderFlows.Goals),
                ],
                []),
            IntroductionRequested e => new ReminderPlan(
                [
                    new ReminderRequest(
                        ReminderKind.IntroductionCheck, DedupeKey(ReminderKind.IntroductionCheck, e.Contact.Id), BusinessDays.Add(e.At, Options.IntroductionCheckBusinessDays, zone),
                        $"Has {e.Via} introduced you to {e.Contact.Name}?",
                        $"If they have, it's your move: get in touch with {e.Contact.Name} and mention the introduction. If not, a short, friendly nudge to {e.Via} is fine.",
                        ReminderFlows.Contacts, e.Contact.Id, e.Contact.Organisation),
                ],
                []),
            _ => throw new ArgumentException($"No reminder rule for {reminderEvent.GetType().Name}.", nameof(reminderEvent)),
        };
    }

    /// <summary>
    /// One weekly review per week, at the configured day and time of the week the conversations fell in; a further
    /// conversation that week replaces it (same key) with the new count. Once that time has passed there is no reminder:
    /// the review was offered when the debrief ended.
    /// </summary>
    private ReminderPlan WeeklyReview(WeekOfConversations e, TimeZoneInfo zone)
    {
        DateTime local = ZonedTime.ToLocal(e.At, zone);
        DateTime monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        DateTime reviewLocal = monday.AddDays(((int)Options.WeeklyReviewDay + 6) % 7).Add(Options.WeeklyReviewTime);
        DateTimeOffset due = ZonedTime.ToInstant(reviewLocal, zone);
        if (due <= e.At)
        {
            return new ReminderPlan([], []);
        }

        return new ReminderPlan(
            [
                new ReminderRequest(
                    ReminderKind.WeeklyReview, DedupeKey(ReminderKind.WeeklyReview, monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), due,
                    string.Create(CultureInfo.InvariantCulture, $"Your week: {e.Conversations} conversations to compare"),
                    "Read this week's summaries side by side: what came up more than once, what surprised you, and who to talk to next.",
                    ReminderFlows.WeeklyReview),
            ],
            []);
    }

    /// <summary>The dedupe key of a kind of reminder about one subject (a contact, an organisation and contact, a promise).</summary>
    public static string DedupeKey(ReminderKind kind, params string[] parts) => kind + ":" + string.Join(':', parts);

    private ReminderPlan MeetingScheduled(MeetingScheduled e, TimeZoneInfo zone)
    {
        ReminderContact c = e.Contact;
        DateTime localMeeting = ZonedTime.ToLocal(e.MeetingAt, zone);
        DateTimeOffset dayBefore = ZonedTime.ToInstant(localMeeting.AddDays(-Options.MeetingPrepDaysBefore), zone);
        DateTimeOffset hourBefore = e.MeetingAt - Options.MeetingPrepShortBefore;
        DateTimeOffset plannedEnd = e.MeetingAt + TimeSpan.FromMinutes(Math.Max(e.DurationMinutes, 1));
        string at = localMeeting.ToString("dddd d MMMM 'at' HH:mm", CultureInfo.InvariantCulture);
        string arriveBy = localMeeting.Add(-Options.ArriveEarly).ToString("HH:mm", CultureInfo.InvariantCulture);
        string place = string.IsNullOrWhiteSpace(e.Place) ? "the place you agreed" : e.Place.Trim();
        var schedule = new List<ReminderRequest>();

        // A meeting on a later day, booked after its day-before time, gets the prep at once while there is still time
        // to use it; one later today has only the hour-before nudge.
        if (dayBefore <= e.ScheduledAt && hourBefore > e.ScheduledAt && ZonedTime.ToLocal(e.ScheduledAt, zone).Date < localMeeting.Date)
        {
            dayBefore = e.ScheduledAt + TimeSpan.FromMinutes(1);
        }

        // A moved meeting replaces its reminders by dedupe key; a prep time already past is cancelled rather than sent late.
        var cancel = new List<ReminderCancellation>();
        string directions = string.IsNullOrWhiteSpace(e.Directions) ? "Check how to get there and how long it takes." : $"Getting there: {e.Directions.Trim()}";

        // A call has no journey or dress code; it keeps to 10-15 minutes (D4).
        string dayBeforeBody = e.ByCall
            ? string.Create(CultureInfo.InvariantCulture, $"**{at}**, a call ({place}). Be somewhere quiet and ready by **{arriveBy}**.\n\n")
                + "- Read your question list once more (the button below) and your background sketch.\n"
                + string.Create(CultureInfo.InvariantCulture, $"- Keep it to {Math.Min(e.DurationMinutes, 15)} minutes: a call stays within 10 to 15.\n")
                + "- Check the number or link, and have your notes and a pen to hand.\n"
                + $"- Check the news about {(c.Organisation is { Length: > 0 } organisation ? organisation : "their organisation")} this evening."
            : $"**{at}**, {place}. Be there by **{arriveBy}**.\n\n"
            + $"- Read your question list once more (the button below) and your background sketch.\n"
            + $"- {directions}\n"
            + (e.AtCafe ? "- It's a café: offer to buy their drink when you arrive.\n" : string.Empty)
            + "- Bring a notebook, a pen and a copy of your résumé; keep the résumé in your bag unless they ask for it.\n"
            + "- Dress one step smarter than the people who work there.\n"
            + $"- Check the news about {(c.Organisation is { Length: > 0 } org ? org : "their organisation")} this evening.";
        AddOrCancel(new ReminderRequest(
            ReminderKind.MeetingPrepDayBefore, DedupeKey(ReminderKind.MeetingPrepDayBefore, c.Id), dayBefore,
            $"{DayWord(ZonedTime.ToLocal(dayBefore, zone), localMeeting)}: {c.Name}, {at}",
            dayBeforeBody,
            ReminderFlows.Prep, c.Id, c.Organisation));
        AddOrCancel(new ReminderRequest(
            ReminderKind.MeetingPrepHourBefore, DedupeKey(ReminderKind.MeetingPrepHourBefore, c.Id), hourBefore,
            $"{c.Name} in an hour",
            e.ByCall
                ? $"The call at {localMeeting:HH:mm} ({place}): be somewhere quiet by {arriveBy}. {YouLead}"
                : $"{place}, {localMeeting:HH:mm}: be there by {arriveBy}. {YouLead}",
            ReminderFlows.Prep, c.Id, c.Organisation));
        schedule.Add(new ReminderRequest(
            ReminderKind.DebriefPrompt, DedupeKey(ReminderKind.DebriefPrompt, c.Id), plannedEnd + Options.DebriefPromptAfter,
            $"Did you meet {c.Name}?",
            "If you did, take five minutes to debrief while it is fresh. If it moved or didn't happen, tell me and I'll change your reminders.",
            ReminderFlows.Debrief, c.Id, c.Organisation));

        // A meeting means the ask worked: the reminders to chase it have done their job.
        cancel.Add(ReminderCancellation.ByContact(c.Id, s_askPhase));
        if (c.Organisation is not null)
        {
            cancel.Add(ReminderCancellation.ByOrganisation(c.Organisation, ReminderKind.OutreachSecondContact, ReminderKind.OutreachFollowUp));
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

    /// <summary>How the prep names the meeting's day, as seen on the day the prep arrives.</summary>
    private static string DayWord(DateTime localPrep, DateTime localMeeting) => (localMeeting.Date - localPrep.Date).Days switch
    {
        0 => "Today",
        1 => "Tomorrow",
        _ => localMeeting.ToString("dddd", CultureInfo.InvariantCulture),
    };

    private ReminderPlan DebriefCompleted(DebriefCompleted e)
    {
        ReminderContact c = e.Contact;
        var schedule = new List<ReminderRequest>();

        // D1: a reminder at 24 h unless the note is marked sent, one escalation at 48 h, nothing after 72 h.
        string series = DedupeKey(ReminderKind.ThankYouNote, c.Id);
        DateTimeOffset lastNudge = e.HeldAt + Options.ThankYouLastNudgeBefore;
        // D10: a card must be written and posted by the same deadline an email would meet.
        AddIfTimely(new ReminderRequest(
            ReminderKind.ThankYouNote, series + ":1", e.HeldAt + Options.ThankYouAfter,
            e.Handwritten ? $"Write and post your thank-you card to {c.Name}" : $"Send your thank-you note to {c.Name}",
            e.Handwritten
                ? "It has been a day since you met. Write the card today and post it; mention one thing you learned."
                : "It has been a day since you met. A short note now keeps the door open; mention one thing you learned.",
            ReminderFlows.ThankYou, c.Id, c.Organisation, series));
        AddIfTimely(new ReminderRequest(
            ReminderKind.ThankYouNote, series + ":2", e.HeldAt + Options.ThankYouSecondNudgeAfter,
            e.Handwritten ? $"Last call to post your card to {c.Name}" : $"Last call to thank {c.Name}",
            e.Handwritten
                ? "Two days on, a card posted today still lands well: name one piece of advice you plan to act on."
                : "Two days on, a brief note still counts: name one piece of advice you plan to act on.",
            ReminderFlows.ThankYou, c.Id, c.Organisation, series));

        foreach (PromisedItem promise in e.Promises)
        {
            schedule.Add(new ReminderRequest(
                ReminderKind.PromisedItem, DedupeKey(ReminderKind.PromisedItem, c.Id, promise.Id), promise.DueBy ?? e.CompletedAt + Options.PromisedItemAfter,
                $"Send {c.Name}: {Debrief.ThankYouNote.Item(promise.Description)}",
                $"You promised it when you met. Following through is how a conversation becomes a relationship.",
                ReminderFlows.Contacts, c.Id, c.Organisation));
        }

        foreach (ReferralFollowUp referral in e.Referrals)
        {
            ReminderContact r = referral.Contact;
            schedule.Add(new ReminderRequest(
                ReminderKind.ReferralOutreach, DedupeKey(ReminderKind.ReferralOutreach, c.Id, r.Id), e.CompletedAt + Options.ReferralOutreachAfter,
                $"Reach out to {r.Name}",
                referral.MayUseName
                    ? $"{c.Name} suggested {r.Name} and said you may use their name: mention {c.Name} in your first line and ask for 20 minutes of advice. Decided against it? Type **not pursuing** and I'll help you tell {c.Name}."
                    : $"{c.Name} suggested {r.Name}, but you haven't agreed on using their name yet: ask {c.Name} first, or write without naming them. Decided against it? Type **not pursuing** and I'll help you tell {c.Name}.",
                ReminderFlows.Contacts, r.Id, r.Organisation));
        }

        if (e.ReferredBy is { } referrer)
        {
            schedule.Add(new ReminderRequest(
                ReminderKind.ReferrerUpdate, DedupeKey(ReminderKind.ReferrerUpdate, referrer.Id, c.Id), e.CompletedAt + Options.ReferrerUpdateAfter,
                $"Tell {referrer.Name} you met {c.Name}",
                $"{referrer.Name} made this meeting possible: two lines saying it happened and what you took from it are enough.",
                ReminderFlows.Contacts, referrer.Id, referrer.Organisation));
        }

        // D15: an update after the interval, only for a contact who agreed to hear from the user again (S099).
        if (e.StayInTouch)
        {
            schedule.Add(KeepInTouch(c, e.HeldAt));
        }

        // The meeting happened: prep, "did you meet?" and the chasing reminders are over.
        return new ReminderPlan(schedule, [ReminderCancellation.ByContact(c.Id, [.. s_meeting, .. s_askPhase])]);

        void AddIfTimely(ReminderRequest request)
        {
            if (request.DueUtc > e.CompletedAt && request.DueUtc < lastNudge)
            {
                schedule.Add(request);
            }
        }
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

    private static ReminderPlan CallBack(CallBackPlanned e)
    {
        ReminderContact c = e.Contact;
        return new ReminderPlan(
            [
                new ReminderRequest(
                    ReminderKind.CallBack, DedupeKey(ReminderKind.CallBack, c.Id), e.CallAt,
                    $"Call {c.Name} now",
                    "This is the time you were given to call back. Have your script in front of you and ask for 20 minutes of advice.",
                    ReminderFlows.Contacts, c.Id, c.Organisation),
            ],
            []);
    }

    private ReminderPlan OutreachSent(OutreachSent e, TimeZoneInfo zone)
    {
        ReminderContact c = e.Contact;
        string how = e.Channel switch
        {
            OutreachChannel.Letter => "letter",
            OutreachChannel.LinkedIn => "LinkedIn message",
            _ => "email",
        };
        var schedule = new List<ReminderRequest>();
        if (c.Organisation is { Length: > 0 } organisation)
        {
            string orgKey = Organisations.Normalize(organisation);
            schedule.Add(new ReminderRequest(
                ReminderKind.OutreachSecondContact, DedupeKey(ReminderKind.OutreachSecondContact, orgKey, c.Id), BusinessDays.Add(e.SentAt, Options.OutreachSecondContactBusinessDays, zone),
                $"Ask a second person at {organisation}",
                $"No reply from {c.Name} after three business days. Write to another person at {organisation} now rather than waiting on one.",
                ReminderFlows.Contacts, c.Id, organisation));
        }

        schedule.Add(new ReminderRequest(
            ReminderKind.OutreachCall, DedupeKey(ReminderKind.OutreachCall, c.Id), BusinessDays.Add(e.SentAt, Options.OutreachCallBusinessDays, zone),
            $"Phone {c.Name} about your {how}",
            $"Your {how} said you would call. Ring {c.Name} today: refer to it and ask for 20 minutes at a time that suits them.",
            ReminderFlows.Contacts, c.Id, c.Organisation));
        schedule.Add(new ReminderRequest(
            ReminderKind.OutreachFollowUp, DedupeKey(ReminderKind.OutreachFollowUp, c.Organisation is { Length: > 0 } org ? Organisations.Normalize(org) : "-", c.Id),
            BusinessDays.Add(e.SentAt, Options.OutreachFollowUpBusinessDays, zone),
            $"Follow up once with {c.Name}",
            $"Seven business days since your {how} and no reply logged. Send {c.Name} one short, friendly follow-up, then let it rest.",
            ReminderFlows.Contacts, c.Id, c.Organisation));
        return new ReminderPlan(schedule, []);
    }

    private static ReminderPlan ReplyReceived(ReplyReceived e)
    {
        var cancel = new List<ReminderCancellation>();
        if (!string.IsNullOrWhiteSpace(e.Organisation))
        {
            cancel.Add(ReminderCancellation.ByOrganisation(e.Organisation, ReminderKind.OutreachSecondContact, ReminderKind.OutreachFollowUp));
        }

        if (e.ContactId is not null)
        {
            cancel.Add(ReminderCancellation.ByContact(e.ContactId, s_askPhase));
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
                ReminderFlows.KeepInTouch, helper.Id, helper.Organisation));
        }

        // Every other pending follow-up belongs to a search that is over.
        return new ReminderPlan(schedule, [ReminderCancellation.ByKinds([.. Enum.GetValues<ReminderKind>().Where(k => k != ReminderKind.CloseTheLoop)])]);
    }

    private ReminderRequest KeepInTouch(ReminderContact c, DateTimeOffset lastTouch) => new(
        ReminderKind.KeepInTouch, DedupeKey(ReminderKind.KeepInTouch, c.Id), lastTouch + Options.KeepInTouchAfter,
        $"Send {c.Name} a progress update",
        $"A few months since you were last in touch, and {c.Name} agreed to hear from you. Tell them what you did with their advice, or pass on something useful: type **share a resource**.",
        ReminderFlows.KeepInTouch, c.Id, c.Organisation);
}
