namespace InterviewCoach.Coaching.Reminders;

/// <summary>Turns a snooze choice into the instant the reminder comes back, in the user's zone and allowed hours.</summary>
public static class SnoozeTimes
{
    /// <summary>
    /// One hour: now + 1 h. Tomorrow: the start of the allowed window on the next local day. Next week: the start of the
    /// allowed window on the next Monday. The result is then moved out of quiet hours.
    /// </summary>
    public static DateTimeOffset Until(SnoozeChoice choice, DateTimeOffset now, TimeZoneInfo zone, QuietHours quietHours)
    {
        ArgumentNullException.ThrowIfNull(quietHours);
        DateOnly today = DateOnly.FromDateTime(ZonedTime.ToLocal(now, zone));
        DateTimeOffset until = choice switch
        {
            SnoozeChoice.OneHour => now.AddHours(1),
            SnoozeChoice.Tomorrow => ZonedTime.ToInstant(today.AddDays(1).ToDateTime(quietHours.Start), zone),
            SnoozeChoice.NextWeek => ZonedTime.ToInstant(NextMonday(today).ToDateTime(quietHours.Start), zone),
            _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Unknown snooze choice."),
        };
        return quietHours.NextAllowed(until, zone);
    }

    private static DateOnly NextMonday(DateOnly today)
    {
        int days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }
}
