using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Reminders;

/// <summary>The delivered reminder and the reminders list come from one presenter: same dates, buttons the coach understands.</summary>
public sealed class ReminderPresenterTests
{
    // The harness clock: Monday 5 January 2026, 09:00 UTC; Tuesday 15:00 is inside the default allowed hours.
    private static readonly DateTimeOffset s_tomorrowAfternoon = new(2026, 1, 6, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ADeliveredReminderIsDatedAsTheListDatesIt()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);

        CardReply delivered = Delivered(coach, thanks);

        Assert.Equal("Tue 6 Jan, 15:00 (UTC)", delivered.Subtitle);
        await coach.Client.Send("reminders")
            .AssertReply("Your next reminder")
            .AssertReply<CardReply>(card => card.Facts.Any(f => f.Label == "Due" && f.Value == delivered.Subtitle));
    }

    [Fact]
    public async Task EverySnoozeButtonOnADeliveredReminderIsUnderstoodByTheCoach()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start, ReminderStatus.Sent);

        CardReply delivered = Delivered(coach, thanks);

        Assert.Equal(["In an hour", "Tomorrow", "Next week"], delivered.Actions.Where(a => a.Value.Contains(" snooze ", StringComparison.Ordinal)).Select(a => a.Title));
        foreach (ChoiceButton snooze in delivered.Actions.Where(a => a.Value.Contains(" snooze ", StringComparison.Ordinal)))
        {
            await coach.Client.Press(snooze.Value).AssertReply("Snoozed. I'll bring it back").AssertReply<ChoiceReply>();
        }

        await coach.Client.Press(delivered.Actions.Single(a => a.Title == "Mark done").Value).AssertReply("Marked done");
        Assert.Equal(ReminderStatus.Done, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Fact]
    public async Task DidntHappenOnADeliveredDebriefPromptIsUnderstoodByTheCoach()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        var prompt = new ScheduledReminder("r0001", ReminderKind.DebriefPrompt, ReminderStatus.Sent, CoachHarness.Start, "Did you meet Maria?", string.Empty, ReminderFlows.Debrief, "debrief:c-none", ContactId: "c-none");

        CardReply delivered = Delivered(coach, prompt);

        await coach.Client.Press(delivered.Actions.Single(a => a.Title == "Didn't happen").Value)
            .AssertReplyContains("can't find");
    }

    private static CardReply Delivered(CoachHarness coach, ScheduledReminder reminder) =>
        Assert.IsType<CardReply>(Assert.Single(ReminderPresenter.Render(ReminderPresenter.Digest(coach.User, [reminder]), TimeZoneInfo.Utc)));

    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders)> StartAsync()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await coach.Client.Send("hi");
        return (coach, reminders);
    }
}
