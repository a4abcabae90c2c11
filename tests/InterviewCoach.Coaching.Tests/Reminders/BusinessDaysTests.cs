using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Tests.Reminders;

public sealed class BusinessDaysTests
{
    [Theory]
    [InlineData("2026-03-09", 1, "2026-03-10")] // Monday + 1 = Tuesday
    [InlineData("2026-03-06", 1, "2026-03-09")] // Friday + 1 = Monday
    [InlineData("2026-03-07", 1, "2026-03-09")] // Saturday + 1 = Monday
    [InlineData("2026-03-08", 1, "2026-03-09")] // Sunday + 1 = Monday
    [InlineData("2026-03-04", 3, "2026-03-09")] // Wednesday + 3 = Monday
    [InlineData("2026-03-05", 3, "2026-03-10")] // Thursday + 3 = Tuesday
    [InlineData("2026-03-09", 7, "2026-03-18")] // Monday + 7 = Wednesday of the next week
    [InlineData("2026-03-06", 7, "2026-03-17")] // Friday + 7 = Tuesday a week and a half later
    [InlineData("2026-03-07", 0, "2026-03-07")] // zero days is the same day
    public void AddingBusinessDaysSkipsWeekends(string start, int count, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BusinessDays.Add(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), count));
    }

    [Theory]
    // Thursday 14:00 EST + 3 business days is Tuesday 14:00 EDT: the US clocks change on Sunday 8 March 2026.
    [InlineData("America/New_York", "2026-03-05T19:00:00Z", 3, "2026-03-10T18:00:00Z")]
    // Friday 16:00 EST, next business day is Monday 16:00 EDT.
    [InlineData("America/New_York", "2026-03-06T21:00:00Z", 1, "2026-03-09T20:00:00Z")]
    // Friday 17:00 EDT before the US fall-back on 1 November: Monday 17:00 EST.
    [InlineData("America/New_York", "2026-10-30T21:00:00Z", 1, "2026-11-02T22:00:00Z")]
    // Friday 10:00 BST, next business day after the UK fall-back on 25 October is Monday 10:00 GMT.
    [InlineData("Europe/London", "2026-10-23T09:00:00Z", 1, "2026-10-26T10:00:00Z")]
    // Thursday 10:00 GMT + 7 business days crosses the UK spring-forward (29 March): Monday 6 April 10:00 BST.
    [InlineData("Europe/London", "2026-03-26T10:00:00Z", 7, "2026-04-06T09:00:00Z")]
    // Late Friday evening in New York is already Saturday in UTC: the local calendar decides.
    [InlineData("America/New_York", "2026-03-07T03:30:00Z", 1, "2026-03-10T02:30:00Z")]
    public void BusinessDaysCountOnTheUsersCalendarAndKeepTheLocalTime(string zone, string start, int count, string expected)
    {
        Assert.Equal(Zones.Utc(expected), BusinessDays.Add(Zones.Utc(start), count, Zones.Get(zone)));
    }

    [Fact]
    public void TheNextBusinessDayAfterFridayIsMonday()
    {
        DateTimeOffset friday = Zones.Utc("2026-03-13T15:00:00Z");

        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(BusinessDays.Next(friday, Zones.London), Zones.London).DayOfWeek);
    }
}
