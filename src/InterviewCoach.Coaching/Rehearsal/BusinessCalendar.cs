namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Working-day arithmetic for promises like "I'll call back on Monday". Public holidays are not known.</summary>
public static class BusinessCalendar
{
    /// <summary>The first Monday-to-Friday date after <paramref name="date"/>: Friday, Saturday and Sunday give Monday.</summary>
    public static DateOnly NextBusinessDay(DateOnly date)
    {
        DateOnly next = date.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>The next business day after the local date of <paramref name="now"/> (its own offset).</summary>
    public static DateOnly NextBusinessDay(DateTimeOffset now) => NextBusinessDay(DateOnly.FromDateTime(now.DateTime));
}
