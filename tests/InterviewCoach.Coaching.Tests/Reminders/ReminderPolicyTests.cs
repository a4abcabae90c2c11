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
            "thank-you at 24 h and 48 h, keep-in-touch two months on",
            new MeetingHeld(s_ana, Zones.Utc("2026-03-10T15:00:00Z")), "America/New_York",
            [(ReminderKind.ThankYouNote, "2026-03-11T15:00:00Z"), (ReminderKind.ThankYouNote, "2026-03-12T15:00:00Z"), (ReminderKind.KeepInTouch, "2026-05-09T15:00:00Z")]
        },
        {
            "a referred meeting also reminds to tell the referrer",
            new MeetingHeld(s_ana, Zones.Utc("2026-03-10T15:00:00Z"), s_ben), "America/New_York",
            [(ReminderKind.ThankYouNote, "2026-03-11T15:00:00Z"), (ReminderKind.ThankYouNote, "2026-03-12T15:00:00Z"), (ReminderKind.KeepInTouch, "2026-05-09T15:00:00Z"), (ReminderKind.ReferrerUpdate, "2026-03-11T15:00:00Z")]
        },
        {
            "prep the day before at the same local time across spring-forward (23 h earlier), an hour before, debrief after",
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-08T14:00:00Z"), Zones.Utc("2026-03-01T12:00:00Z")), "America/New_York",
            [(ReminderKind.MeetingPrepDayBefore, "2026-03-07T15:00:00Z"), (ReminderKind.MeetingPrepHourBefore, "2026-03-08T13:00:00Z"), (ReminderKind.DebriefPrompt, "2026-03-08T15:00:00Z")]
        },
        {
            "a meeting set for this afternoon skips the day-before prep",
            new MeetingScheduled(s_ana, Zones.Utc("2026-03-10T19:00:00Z"), Zones.Utc("2026-03-10T14:00:00Z")), "Europe/London",
            [(ReminderKind.MeetingPrepHourBefore, "2026-03-10T18:00:00Z"), (ReminderKind.DebriefPrompt, "2026-03-10T20:00:00Z")]
        },
        {
            "voicemail on Friday afternoon: call back Monday, same local time after the clocks change",
            new VoicemailLeft(s_ana, Zones.Utc("2026-03-06T21:00:00Z")), "America/New_York",
            [(ReminderKind.VoicemailCallBack, "2026-03-09T20:00:00Z")]
        },
        {
            "3B7 from a Thursday in London: second contact on Tuesday, follow-up the Monday after next (BST by then)",
            new OutreachSent(s_ana, Zones.Utc("2026-03-26T10:00:00Z")), "Europe/London",
            [(ReminderKind.OutreachSecondContact, "2026-03-31T09:00:00Z"), (ReminderKind.OutreachFollowUp, "2026-04-06T09:00:00Z")]
        },
        {
            "a debrief schedules outreach to each referral two days on and each promise by its date or two days on",
            new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T16:00:00Z"), [s_ben], [new PromisedItem("p1", "the article on product roles"), new PromisedItem("p2", "an intro to Chen", Zones.Utc("2026-03-20T12:00:00Z"))]), "UTC",
            [(ReminderKind.ReferralOutreach, "2026-03-12T16:00:00Z"), (ReminderKind.PromisedItem, "2026-03-12T16:00:00Z"), (ReminderKind.PromisedItem, "2026-03-20T12:00:00Z")]
        },
        {
            "a logged touch restarts the two-month keep-in-touch",
            new TouchLogged(s_ana, Zones.Utc("2026-04-01T10:00:00Z")), "UTC",
            [(ReminderKind.KeepInTouch, "2026-05-31T10:00:00Z")]
        },
        {
            "marking the search done closes the loop with each helper the next day",
            new SearchMarkedDone(Zones.Utc("2026-06-01T10:00:00Z"), [s_ana, s_ben]), "UTC",
            [(ReminderKind.CloseTheLoop, "2026-06-02T10:00:00Z"), (ReminderKind.CloseTheLoop, "2026-06-02T10:00:00Z")]
        },
        {
            "a reply schedules nothing",
            new ReplyReceived("Contoso", Zones.Utc("2026-03-27T10:00:00Z")), "UTC",
            []
        },
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
        ReminderPlan plan = s_policy.Plan(new MeetingHeld(s_ana, Zones.Utc("2026-03-10T15:00:00Z")), TimeZoneInfo.Utc);

        ReminderRequest[] thanks = [.. plan.Schedule.Where(r => r.Kind == ReminderKind.ThankYouNote)];
        Assert.Equal(2, thanks.Length);
        Assert.NotNull(thanks[0].Series);
        Assert.Equal(thanks[0].Series, thanks[1].Series);
        Assert.Equal(ReminderFlows.ThankYou, thanks[0].FlowCommand);
    }

    [Fact]
    public void ADebriefCancelsTheDidYouMeetPromptAndAMeetingCancelsPrep()
    {
        ReminderPlan debrief = s_policy.Plan(new DebriefCompleted(s_ana, Zones.Utc("2026-03-10T16:00:00Z"), [], []), TimeZoneInfo.Utc);
        ReminderPlan held = s_policy.Plan(new MeetingHeld(s_ana, Zones.Utc("2026-03-10T15:00:00Z")), TimeZoneInfo.Utc);

        Assert.True(Assert.Single(debrief.Cancel).Matches(ReminderKind.DebriefPrompt, "x", null, "c-ana"));
        Assert.True(Assert.Single(held.Cancel).Matches(ReminderKind.MeetingPrepHourBefore, "x", null, "c-ana"));
    }

    [Fact]
    public void SearchDoneCancelsKeepInTouchAndOutreachEverywhere()
    {
        ReminderPlan plan = s_policy.Plan(new SearchMarkedDone(Zones.Utc("2026-06-01T10:00:00Z"), []), TimeZoneInfo.Utc);

        ReminderCancellation cancel = Assert.Single(plan.Cancel);
        Assert.True(cancel.Matches(ReminderKind.KeepInTouch, "x", "Anywhere", "c-any"));
        Assert.True(cancel.Matches(ReminderKind.OutreachFollowUp, "x", "Contoso", "c-ana"));
        Assert.False(cancel.Matches(ReminderKind.ThankYouNote, "x", "Contoso", "c-ana"));
    }

    [Fact]
    public void TimingsAreConfigurable()
    {
        var policy = new ReminderPolicy(new ReminderPolicyOptions { ThankYouAfter = TimeSpan.FromHours(12), OutreachSecondContactBusinessDays = 2 });

        ReminderPlan held = policy.Plan(new MeetingHeld(s_ana, Zones.Utc("2026-03-10T15:00:00Z")), TimeZoneInfo.Utc);
        ReminderPlan outreach = policy.Plan(new OutreachSent(s_ana, Zones.Utc("2026-03-12T10:00:00Z")), TimeZoneInfo.Utc);

        Assert.Equal(Zones.Utc("2026-03-11T03:00:00Z"), held.Schedule[0].DueUtc);
        Assert.Equal(Zones.Utc("2026-03-16T10:00:00Z"), outreach.Schedule[0].DueUtc);
    }

    [Fact]
    public void TimingsOutOfRangeAreRefusedNamingTheSetting()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ReminderPolicy(new ReminderPolicyOptions { ThankYouAfter = TimeSpan.Zero }));
        Assert.Contains(nameof(ReminderPolicyOptions.ThankYouAfter), error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReminderPolicy(new ReminderPolicyOptions { OutreachFollowUpBusinessDays = 3 }));
    }

    [Fact]
    public void OutreachNeedsAnOrganisation()
    {
        Assert.Throws<ArgumentException>(() => s_policy.Plan(new OutreachSent(new ReminderContact("c", "C"), Zones.Utc("2026-03-12T10:00:00Z")), TimeZoneInfo.Utc));
    }
}
