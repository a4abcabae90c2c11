using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Tests.Reminders;

public sealed class QuietHoursTests
{
    [Theory]
    // Inside the window: unchanged (Tuesday 11:00 EDT).
    [InlineData("America/New_York", "2026-03-10T15:00:00Z", "2026-03-10T15:00:00Z")]
    // Before the window: 08:00 EDT waits for 09:00 the same day.
    [InlineData("America/New_York", "2026-03-10T12:00:00Z", "2026-03-10T13:00:00Z")]
    // The end is exclusive: 18:00 EDT waits for Wednesday 09:00.
    [InlineData("America/New_York", "2026-03-10T22:00:00Z", "2026-03-11T13:00:00Z")]
    // Saturday 10:00 EST waits for Monday 09:00, which is EDT after the weekend's spring-forward.
    [InlineData("America/New_York", "2026-03-07T15:00:00Z", "2026-03-09T13:00:00Z")]
    // Friday 18:30 EST, same.
    [InlineData("America/New_York", "2026-03-06T23:30:00Z", "2026-03-09T13:00:00Z")]
    // Saturday 10:00 EDT waits for Monday 09:00 EST after the fall-back.
    [InlineData("America/New_York", "2026-10-31T14:00:00Z", "2026-11-02T14:00:00Z")]
    // Saturday in London (GMT) waits for Monday 09:00 BST after the UK spring-forward.
    [InlineData("Europe/London", "2026-03-28T12:00:00Z", "2026-03-30T08:00:00Z")]
    // Friday 18:30 BST waits for Monday 09:00 GMT after the UK fall-back.
    [InlineData("Europe/London", "2026-10-23T17:30:00Z", "2026-10-26T09:00:00Z")]
    // Sunday 23:30 GMT (London is on UTC until 29 March) waits for Monday 09:00 GMT.
    [InlineData("Europe/London", "2026-03-22T23:30:00Z", "2026-03-23T09:00:00Z")]
    public void ADueTimeInQuietHoursWaitsForTheNextAllowedSlot(string zone, string due, string expected)
    {
        Assert.Equal(Zones.Utc(expected), QuietHours.Default.NextAllowed(Zones.Utc(due), Zones.Get(zone)));
    }

    [Theory]
    // A Saturday 14:00 meeting in London: its prep goes out on Saturday as planned; a thank-you waits for Monday.
    [InlineData(ReminderKind.MeetingPrepHourBefore, "2026-12-05T13:00:00Z", "2026-12-05T13:00:00Z")]
    [InlineData(ReminderKind.MeetingPrepDayBefore, "2026-12-04T19:30:00Z", "2026-12-04T19:30:00Z")]
    [InlineData(ReminderKind.ThankYouNote, "2026-12-05T13:00:00Z", "2026-12-07T09:00:00Z")]
    [InlineData(ReminderKind.DebriefPrompt, "2026-12-05T15:30:00Z", "2026-12-07T09:00:00Z")]
    public void MeetingPrepKeepsToTheMeetingWhileOtherRemindersWaitForTheWindow(ReminderKind kind, string due, string expected)
    {
        Assert.Equal(Zones.Utc(expected), QuietHours.Default.Arrival(kind, Zones.Utc(due), Zones.Get("Europe/London")));
    }

    [Theory]
    // Window 02:30-05:00 every day; on the US spring-forward day 02:30 does not exist, so the window opens at 03:00 EDT.
    [InlineData("America/New_York", "02:30", "2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z")]
    // Window 01:30-05:00; on the US fall-back day 01:30 happens twice: the first (EDT) counts.
    [InlineData("America/New_York", "01:30", "2026-11-01T04:00:00Z", "2026-11-01T05:30:00Z")]
    // 01:15 EST is the repeated hour after the first 01:30 has passed: the window opens when the clock shows 01:30 again.
    [InlineData("America/New_York", "01:30", "2026-11-01T06:15:00Z", "2026-11-01T06:30:00Z")]
    // In London 01:00-02:00 GMT is skipped on 29 March: a 01:30 start becomes 02:00 BST.
    [InlineData("Europe/London", "01:30", "2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z")]
    // In London 01:00-02:00 happens twice on 25 October: 01:30 BST first.
    [InlineData("Europe/London", "01:30", "2026-10-24T23:00:00Z", "2026-10-25T00:30:00Z")]
    public void WindowStartsInDaylightSavingGapsAndOverlapsResolveToTheFirstRealInstant(string zone, string start, string due, string expected)
    {
        var quiet = new QuietHours(TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(5, 0), AllowedDays.Everyday);

        Assert.Equal(Zones.Utc(expected), quiet.NextAllowed(Zones.Utc(due), Zones.Get(zone)));
    }

    [Fact]
    public void WeekendDaysCanBeAllowed()
    {
        var quiet = new QuietHours(new TimeOnly(10, 0), new TimeOnly(12, 0), AllowedDays.Saturday);

        Assert.Equal(Zones.Utc("2026-03-14T10:00:00Z"), quiet.NextAllowed(Zones.Utc("2026-03-09T11:00:00Z"), TimeZoneInfo.Utc));
        Assert.True(quiet.IsAllowed(Zones.Utc("2026-03-14T11:59:00Z"), TimeZoneInfo.Utc));
        Assert.False(quiet.IsAllowed(Zones.Utc("2026-03-14T12:00:00Z"), TimeZoneInfo.Utc));
    }

    [Fact]
    public void AnEmptyOrBackwardsWindowIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new QuietHours(new TimeOnly(18, 0), new TimeOnly(9, 0), AllowedDays.Weekdays));
        Assert.Throws<ArgumentException>(() => new QuietHours(new TimeOnly(9, 0), new TimeOnly(18, 0), AllowedDays.None));
    }

    [Fact]
    public void TheDefaultIsNineToSixOnWeekdays()
    {
        Assert.Equal(new TimeOnly(9, 0), QuietHours.Default.Start);
        Assert.Equal(new TimeOnly(18, 0), QuietHours.Default.End);
        Assert.Equal(AllowedDays.Weekdays, QuietHours.Default.Days);
        Assert.False(QuietHours.Default.AllowsDay(DayOfWeek.Sunday));
    }
}
