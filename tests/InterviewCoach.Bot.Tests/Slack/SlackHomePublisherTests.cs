using InterviewCoach.Bot.Slack;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Tests.Slack;

public sealed class SlackHomePublisherTests
{
    [Fact]
    public void TheHomeTabListsTheNextRemindersInTheUsersTimeZone()
    {
        var due = new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
        ScheduledReminder[] upcoming =
        [
            new("r1", ReminderKind.ThankYouNote, ReminderStatus.Pending, due, "Send Dana your thank-you note", "", ReminderFlows.ThankYou, "k1"),
            new("r2", ReminderKind.VoicemailCallBack, ReminderStatus.Pending, due.AddDays(1), "Call Lee back", "", ReminderFlows.Contacts, "k2"),
        ];

        string home = SlackHomePublisher.Build([], upcoming, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).ToJsonString();

        Assert.Contains("Send Dana your thank-you note (Mon 23 Nov, 09:00)", home, StringComparison.Ordinal);
        Assert.Contains("Call Lee back", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing scheduled yet", home, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNoRemindersTheHomeTabSaysHowToSetThem()
    {
        string home = SlackHomePublisher.Build([], [], TimeZoneInfo.Utc).ToJsonString();

        Assert.Contains("Nothing scheduled yet", home, StringComparison.Ordinal);
    }
}
