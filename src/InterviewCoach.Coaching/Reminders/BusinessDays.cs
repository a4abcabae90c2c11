namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// Business-day arithmetic in the user's own calendar: Monday to Friday are business days. Public holidays are out of
/// scope (they differ by country, region and employer); a reminder that lands on one simply arrives that day.
/// </summary>
public static class BusinessDays
{
    public static bool IsBusinessDay(DayOfWeek day) => day is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date <paramref name="count"/> business days after <paramref name="date"/> (Friday + 1 is Monday, Saturday + 1 is Monday).</summary>
    public static DateOnly Add(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        while (count > 0)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date.DayOfWeek))
            {
                count--;
            }
        }

        return date;
    }

    /// <summary>
    /// <paramref name="count"/> business days after <paramref name="instant"/>, counted on the local calendar of
    /// <paramref name="zone"/> and at the same local time of day (so a daylight-saving change in between does not shift it by an hour).
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset instant, int count, TimeZoneInfo zone)
    {
        DateTime local = ZonedTime.ToLocal(instant, zone);
        DateOnly day = Add(DateOnly.FromDateTime(local), count);
        return ZonedTime.ToInstant(day.ToDateTime(TimeOnly.FromDateTime(local)), zone);
    }

    /// <summary>The next business day after <paramref name="instant"/>, same local time.</summary>
    public static DateTimeOffset Next(DateTimeOffset instant, TimeZoneInfo zone) => Add(instant, 1, zone);
}
