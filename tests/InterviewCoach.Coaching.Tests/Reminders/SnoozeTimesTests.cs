using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Tests.Reminders;

public sealed class SnoozeTimesTests
{
    [Theory]
    // Tuesday 11:00 EDT: an hour is 12:00 EDT.
    [InlineData(SnoozeChoice.OneHour, "2026-03-10T15:00:00Z", "2026-03-10T16:00:00Z")]
    // Tuesday 17:30 EDT: an hour lands in quiet hours, so Wednesday 09:00.
    [InlineData(SnoozeChoice.OneHour, "2026-03-10T21:30:00Z", "2026-03-11T13:00:00Z")]
    // Tuesday: tomorrow is Wednesday 09:00 EDT.
    [InlineData(SnoozeChoice.Tomorrow, "2026-03-10T15:00:00Z", "2026-03-11T13:00:00Z")]
    // Friday 11:00 EST: tomorrow is Saturday, quiet, so Monday 09:00 EDT.
    [InlineData(SnoozeChoice.Tomorrow, "2026-03-06T16:00:00Z", "2026-03-09T13:00:00Z")]
    // Monday: next week is the following Monday 09:00.
    [InlineData(SnoozeChoice.NextWeek, "2026-03-09T15:00:00Z", "2026-03-16T13:00:00Z")]
    // Friday before the clocks change: next week is Monday 09:00 EDT.
    [InlineData(SnoozeChoice.NextWeek, "2026-03-06T16:00:00Z", "2026-03-09T13:00:00Z")]
    public void SnoozeChoicesLandInTheUsersNextAllowedSlot(SnoozeChoice choice, string now, string expected)
    {
        Assert.Equal(Zones.Utc(expected), SnoozeTimes.Until(choice, Zones.Utc(now), Zones.NewYork, QuietHours.Default));
    }
}
