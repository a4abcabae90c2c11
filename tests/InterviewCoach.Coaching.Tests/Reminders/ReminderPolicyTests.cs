using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    private static readonly ReminderContact s_ana = new("c-ana", "Ana", "Contoso");
    private static readonly ReminderContact s_ben = new("c-ben", "Ben", "Fabrikam");
    private static readonly ReminderPolicy s_policy = new(new ReminderPolicyOptions());

    /// <summary>Each case: the event, the zone, and every reminder it must schedule as (kind, due UTC).</summary>
    public static TheoryData<string, ReminderEvent, string, (ReminderKind Kind, string Due)[]> ScheduleCases => new()
    {
        {
            "a debrief: thank-you 24 h and 48 h after the meeting, each promise by its date or two days on, each referral two days on",
            new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-10T16:00:00Z"), [new ReferralFollowUp(s_ben, MayUseName: true)],
                [new PromisedItem("p1", "the article on product roles"), new PromisedItem("p2", "an intro to Chen", Zones.Utc("2026-03-20T12:00:00Z"))]), "UTC",
            [(ReminderKind.ThankYouNote, "2026-03-11T15:00:00Z"), (ReminderKind.ThankYouNote, "2026-03-12T15:00:00Z"), (ReminderKind.PromisedItem, "2026-03-12T16:00:00Z"),
                (ReminderKind.PromisedItem, "2026-03-20T12:00:00Z"), (ReminderKind.ReferralOutreach, "2026-03-12T16:00:00Z")]
        },
        {
            "a debrief 30 hours after the meeting keeps only the 48 h escalation",
            new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-11T21:00:00Z"), [], []), "UTC",
            [(ReminderKind.ThankYouNote, "2026-03-12T15:00:00Z")]
        },
        {
            "a debrief three days after the meeting: no thank-you nudges after 72 h (D1)",
            new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-13T16:00:00Z"), [], []), "UTC",
            []
        },
        {
            "a referred meeting also reminds to tell the referrer",
            new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-10T16:00:00Z"), [], [], s_ben), "America/New_York",
            [(ReminderKind.ThankYouNote, "2026-03-11T15:00:00Z"), (ReminderKind.ThankYouNote, "2026-03-12T15:00:00Z"), (ReminderKind.ReferrerUpdate, "2026-03-11T16:00:00Z")]
        },
        {
            "prep the day before at the same local time across spring-forward (23 h earlier), an hour before, did-you-meet an hour after the planned end",
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-08T14:00:00Z"), Zones.Utc("2026-03-01T12:00:00Z")), "America/New_York",
            [(ReminderKind.MeetingPrepDayBefore, "2026-03-07T15:00:00Z"), (ReminderKind.MeetingPrepHourBefore, "2026-03-08T13:00:00Z"), (ReminderKind.DebriefPrompt, "2026-03-08T15:30:00Z")]
        },
        {
            "a meeting tomorrow booked this evening, after its day-before time, gets the prep at once",
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-11T14:00:00Z"), Zones.Utc("2026-03-10T18:25:00Z")), "Europe/London",
            [(ReminderKind.MeetingPrepDayBefore, "2026-03-10T18:26:00Z"), (ReminderKind.MeetingPrepHourBefore, "2026-03-11T13:00:00Z"), (ReminderKind.DebriefPrompt, "2026-03-11T15:30:00Z")]
        },
        {
            "a meeting set for this afternoon skips the day-before prep",
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-10T19:00:00Z"), Zones.Utc("2026-03-10T14:00:00Z"), DurationMinutes: 20), "Europe/London",
            [(ReminderKind.MeetingPrepHourBefore, "2026-03-10T18:00:00Z"), (ReminderKind.DebriefPrompt, "2026-03-10T20:20:00Z")]
        },
        {
            "voicemail on Friday afternoon: call back Monday, same local time after the clocks change",
            new VoicemailLeft(s_ana, Zones.Utc("2026-03-06T21:00:00Z")), "America/New_York",
            [(ReminderKind.VoicemailCallBack, "2026-03-09T20:00:00Z")]
        },
        {
            "3B7 from a Thursday in London: second contact on Tuesday, the promised call on Thursday, follow-up the Monday after next (BST by then)",
            new OutreachSent(s_ana, Zones.Utc("2026-03-26T10:00:00Z")), "Europe/London",
            [(ReminderKind.OutreachSecondContact, "2026-03-31T09:00:00Z"), (ReminderKind.OutreachCall, "2026-04-02T09:00:00Z"), (ReminderKind.OutreachFollowUp, "2026-04-06T09:00:00Z")]
        },
        {
            "a letter to someone with no organisation: no second person to ask, still the call and the follow-up",
            new OutreachSent(new ReminderContact("c-cy", "Cy"), Zones.Utc("2026-03-12T10:00:00Z"), OutreachChannel.Letter), "UTC",
            [(ReminderKind.OutreachCall, "2026-03-19T10:00:00Z"), (ReminderKind.OutreachFollowUp, "2026-03-23T10:00:00Z")]
        },
        {
            "a call-back at the time given",
            new CallBackPlanned(s_ana, Zones.Utc("2026-03-12T19:00:00Z")), "UTC",
            [(ReminderKind.CallBack, "2026-03-12T19:00:00Z")]
        },
        {
            "a logged touch restarts the 90-day keep-in-touch",
            new TouchLogged(s_ana, Zones.Utc("2026-04-01T10:00:00Z")), "UTC",
            [(ReminderKind.KeepInTouch, "2026-06-30T10:00:00Z")]
        },
        {
            "marking the search done closes the loop with each helper the next day",
            new SearchMarkedDone(Zones.Utc("2026-06-01T10:00:00Z"), [s_ana, s_ben]), "UTC",
            [(ReminderKind.CloseTheLoop, "2026-06-02T10:00:00Z"), (ReminderKind.CloseTheLoop, "2026-06-02T10:00:00Z")]
        },
        { "a reply schedules nothing", new ReplyReceived("Contoso", Zones.Utc("2026-03-27T10:00:00Z")), "UTC", [] },
        { "a cancelled meeting schedules nothing", new MeetingCancelled(s_ana), "UTC", [] },
        { "a deleted contact schedules nothing", new ContactRemoved(s_ana), "UTC", [] },
    };

    [Theory]
    [MemberData(nameof(ScheduleCases))]
    public void EachEventSchedulesTheRemindersOfItsCadence(string description, ReminderEvent reminderEvent, string zone, (ReminderKind Kind, string Due)[] expected)
    {
        ReminderPlan plan = s_policy.Plan(reminderEvent, Zones.Get(zone));

        Assert.True(
            expected.Select(e => (e.Kind, Zones.Utc(e.Due))).SequenceEqual(plan.Schedule.Select(r => (r.Kind, r.DueUtc))),
            $"{description}: got {string.Join(", ", plan.Schedule.Select(r => $"{r.Kind}@{r.DueUtc:O}"))}");
        Assert.All(plan.Schedule, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.False(string.IsNullOrWhiteSpace(r.Body));
            Assert.False(string.IsNullOrWhiteSpace(r.FlowCommand));
        });
        Assert.Equal(plan.Schedule.Count, plan.Schedule.Select(r => r.DedupeKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AReplyFromTheOrganisationCancelsItsPending3B7RemindersWhateverTheSpelling()
    {
        ReminderPlan plan = s_policy.Plan(new ReplyReceived(" contoso", Zones.Utc("2026-03-27T10:00:00Z")), TimeZoneInfo.Utc);

        ReminderCancellation cancel = Assert.Single(plan.Cancel);
        Assert.True(cancel.Matches(ReminderKind.OutreachSecondContact, "x", "Contoso", "c-ana"));
        Assert.True(cancel.Matches(ReminderKind.OutreachFollowUp, "x", "CONTOSO ", "c-ana"));
        Assert.False(cancel.Matches(ReminderKind.OutreachFollowUp, "x", "Fabrikam", "c-ben"));
        Assert.False(cancel.Matches(ReminderKind.ThankYouNote, "x", "Contoso", "c-ana"));
    }

    [Fact]
    public void AnIntroductionIsCheckedOnFiveBusinessDaysLaterAndEndsWithAReplyFromThatContact()
    {
        // Asked on a Thursday: five business days skip the weekend and land on the next Thursday.
        ReminderRequest check = Assert.Single(s_policy.Plan(new IntroductionRequested(s_ana, "Priya", Zones.Utc("2026-03-12T10:00:00Z")), TimeZoneInfo.Utc).Schedule);

        Assert.Equal((ReminderKind.IntroductionCheck, Zones.Utc("2026-03-19T10:00:00Z")), (check.Kind, check.DueUtc));
        Assert.Contains("Priya", check.Title, StringComparison.Ordinal);
        ReminderPlan reply = s_policy.Plan(new ReplyReceived("Contoso", Zones.Utc("2026-03-16T10:00:00Z"), s_ana.Id), TimeZoneInfo.Utc);
        Assert.Contains(reply.Cancel, c => c.Matches(ReminderKind.IntroductionCheck, check.DedupeKey, "Contoso", s_ana.Id));
    }

    [Fact]
    public void ReschedulingTheSameEventReusesTheDedupeKeysSoRemindersAreReplaced()
    {
        ReminderPlan first = s_policy.Plan(new MeetingScheduled(s_ana, Zones.Utc("2026-03-12T15:00:00Z"), Zones.Utc("2026-03-01T00:00:00Z")), TimeZoneInfo.Utc);
        ReminderPlan moved = s_policy.Plan(new MeetingScheduled(s_ana, Zones.Utc("2026-03-13T15:00:00Z"), Zones.Utc("2026-03-02T00:00:00Z")), TimeZoneInfo.Utc);

        Assert.Equal(first.Schedule.Select(r => r.DedupeKey), moved.Schedule.Select(r => r.DedupeKey));
        Assert.NotEqual(first.Schedule.Select(r => r.DueUtc), moved.Schedule.Select(r => r.DueUtc));
    }

    [Fact]
    public void BothThankYouNudgesShareOneSeriesSoDoneOnTheFirstEndsTheSecond()
    {
        ReminderPlan plan = s_policy.Plan(new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-10T16:00:00Z"), [], []), TimeZoneInfo.Utc);

        ReminderRequest[] thanks = [.. plan.Schedule.Where(r => r.Kind == ReminderKind.ThankYouNote)];
        Assert.Equal(2, thanks.Length);
        Assert.NotNull(thanks[0].Series);
        Assert.Equal(thanks[0].Series, thanks[1].Series);
        Assert.Equal(ReminderFlows.ThankYou, thanks[0].FlowCommand);
    }

    [Fact]
    public void AReferralNamesTheReferrerOnlyWithPermission()
    {
        ReminderPlan plan = s_policy.Plan(
            new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-10T16:00:00Z"),
                [new ReferralFollowUp(s_ben, MayUseName: true), new ReferralFollowUp(new ReminderContact("c-cy", "Cy"), MayUseName: false)], []),
            TimeZoneInfo.Utc);

        ReminderRequest[] referrals = [.. plan.Schedule.Where(r => r.Kind == ReminderKind.ReferralOutreach)];
        Assert.Contains("mention Ana in your first line", referrals[0].Body, StringComparison.Ordinal);
        Assert.Equal("c-ben", referrals[0].ContactId);
        Assert.DoesNotContain("mention Ana in your first line", referrals[1].Body, StringComparison.Ordinal);
        Assert.Contains("ask Ana first", referrals[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrepMessageGivesTimePlaceArrivalAndWhatToBring()
    {
        ReminderPlan plan = s_policy.Plan(
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-12T14:00:00Z"), Zones.Utc("2026-03-01T12:00:00Z"), 30, "Contoso, 4th floor", "Take the lift to 4"), Zones.Get("Europe/London"));

        ReminderRequest prep = plan.Schedule.Single(r => r.Kind == ReminderKind.MeetingPrepDayBefore);
        Assert.Equal("Tomorrow: Ana, Thursday 12 March at 14:00", prep.Title);
        Assert.Contains("Contoso, 4th floor. Be there by **13:50**", prep.Body, StringComparison.Ordinal);
        Assert.Contains("Take the lift to 4", prep.Body, StringComparison.Ordinal);
        Assert.Contains("résumé in your bag", prep.Body, StringComparison.Ordinal);
        Assert.Contains("question list", prep.Body, StringComparison.Ordinal);
        Assert.Contains("news about Contoso", prep.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("buy their drink", prep.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AMeetingAtACafeAddsTheOfferToBuyTheirDrinkToThePrep()
    {
        ReminderPlan plan = s_policy.Plan(
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-12T14:00:00Z"), Zones.Utc("2026-03-01T12:00:00Z"), 30, "Bean There, Mill Road", "Next to the station", AtCafe: true), Zones.Get("Europe/London"));

        ReminderRequest prep = plan.Schedule.Single(r => r.Kind == ReminderKind.MeetingPrepDayBefore);
        Assert.Contains("Getting there: Next to the station\n- It's a café: offer to buy their drink", prep.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ACallsPrepKeepsItToFifteenMinutesWithNoJourneyOrDressCode()
    {
        ReminderPlan plan = s_policy.Plan(
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-12T14:00:00Z"), Zones.Utc("2026-03-01T12:00:00Z"), 15, "She'll ring my mobile", ByCall: true), Zones.Get("Europe/London"));

        ReminderRequest prep = plan.Schedule.Single(r => r.Kind == ReminderKind.MeetingPrepDayBefore);
        Assert.Contains("**Thursday 12 March at 14:00**, a call (She'll ring my mobile). Be somewhere quiet and ready by **13:50**", prep.Body, StringComparison.Ordinal);
        Assert.Contains("Keep it to 15 minutes: a call stays within 10 to 15.", prep.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Dress", prep.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("how to get there", prep.Body, StringComparison.Ordinal);
        Assert.Contains("be somewhere quiet by 13:50", plan.Schedule.Single(r => r.Kind == ReminderKind.MeetingPrepHourBefore).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ADebriefEndsTheMeetingAndChasingRemindersButNotTheThankYou()
    {
        ReminderPlan debrief = s_policy.Plan(new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-10T16:00:00Z"), [], []), TimeZoneInfo.Utc);

        ReminderCancellation cancel = Assert.Single(debrief.Cancel);
        Assert.True(cancel.Matches(ReminderKind.DebriefPrompt, "x", null, "c-ana"));
        Assert.True(cancel.Matches(ReminderKind.MeetingPrepHourBefore, "x", null, "c-ana"));
        Assert.True(cancel.Matches(ReminderKind.OutreachFollowUp, "x", "Contoso", "c-ana"));
        Assert.False(cancel.Matches(ReminderKind.ThankYouNote, "x", null, "c-ana"));
        Assert.False(cancel.Matches(ReminderKind.DebriefPrompt, "x", null, "c-ben"));
    }

    [Fact]
    public void ACancelledMeetingRemovesItsRemindersAndADeletedContactEverything()
    {
        ReminderCancellation off = Assert.Single(s_policy.Plan(new MeetingCancelled(s_ana), TimeZoneInfo.Utc).Cancel);
        ReminderCancellation gone = Assert.Single(s_policy.Plan(new ContactRemoved(s_ana), TimeZoneInfo.Utc).Cancel);

        Assert.True(off.Matches(ReminderKind.MeetingPrepDayBefore, "x", null, "c-ana"));
        Assert.True(off.Matches(ReminderKind.DebriefPrompt, "x", null, "c-ana"));
        Assert.False(off.Matches(ReminderKind.ThankYouNote, "x", null, "c-ana"));
        Assert.True(gone.Matches(ReminderKind.ThankYouNote, "x", null, "c-ana"));
        Assert.True(gone.Matches(ReminderKind.KeepInTouch, "x", null, "c-ana"));
        Assert.False(gone.Matches(ReminderKind.KeepInTouch, "x", null, "c-ben"));
    }

    [Fact]
    public void SearchDoneCancelsEveryPendingFollowUpButClosingTheLoop()
    {
        ReminderPlan plan = s_policy.Plan(new SearchMarkedDone(Zones.Utc("2026-06-01T10:00:00Z"), []), TimeZoneInfo.Utc);

        ReminderCancellation cancel = Assert.Single(plan.Cancel);
        Assert.True(cancel.Matches(ReminderKind.KeepInTouch, "x", "Anywhere", "c-any"));
        Assert.True(cancel.Matches(ReminderKind.OutreachFollowUp, "x", "Contoso", "c-ana"));
        Assert.True(cancel.Matches(ReminderKind.ThankYouNote, "x", "Contoso", "c-ana"));
        Assert.False(cancel.Matches(ReminderKind.CloseTheLoop, "x", "Contoso", "c-ana"));
    }

    [Fact]
    public void TimingsAreConfigurable()
    {
        var policy = new ReminderPolicy(new ReminderPolicyOptions { ThankYouAfter = TimeSpan.FromHours(12), OutreachSecondContactBusinessDays = 2, KeepInTouchAfter = TimeSpan.FromDays(30) });

        ReminderPlan held = policy.Plan(new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), Zones.Utc("2026-03-10T16:00:00Z"), [], []), TimeZoneInfo.Utc);
        ReminderPlan outreach = policy.Plan(new OutreachSent(s_ana, Zones.Utc("2026-03-12T10:00:00Z")), TimeZoneInfo.Utc);
        ReminderPlan touch = policy.Plan(new TouchLogged(s_ana, Zones.Utc("2026-03-12T10:00:00Z")), TimeZoneInfo.Utc);

        Assert.Equal(Zones.Utc("2026-03-11T03:00:00Z"), held.Schedule[0].DueUtc);
        Assert.Equal(Zones.Utc("2026-03-16T10:00:00Z"), outreach.Schedule[0].DueUtc);
        Assert.Equal(Zones.Utc("2026-04-11T10:00:00Z"), touch.Schedule[0].DueUtc);
    }

    [Fact]
    public void TimingsOutOfRangeAreRefusedNamingTheSetting()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ReminderPolicy(new ReminderPolicyOptions { ThankYouAfter = TimeSpan.Zero }));
        Assert.Contains(nameof(ReminderPolicyOptions.ThankYouAfter), error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReminderPolicy(new ReminderPolicyOptions { OutreachFollowUpBusinessDays = 3 }));
        Assert.Throws<ArgumentException>(() => new ReminderPolicy(new ReminderPolicyOptions { ArriveEarly = TimeSpan.FromMinutes(20) }));
        Assert.Throws<ArgumentException>(() => new ReminderPolicy(new ReminderPolicyOptions { ThankYouLastNudgeBefore = TimeSpan.FromHours(48) }));
    }
}
