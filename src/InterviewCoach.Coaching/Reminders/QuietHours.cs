namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// When reminders may arrive, in the user's local time: from <see cref="Start"/> (inclusive) to <see cref="End"/>
/// (exclusive) on <see cref="Days"/>. Everything outside that window is quiet; a reminder due then waits for the next
/// allowed slot. The default is 09:00-18:00, Monday to Friday.
/// </summary>
public sealed record QuietHours
{
    public QuietHours(TimeOnly start, TimeOnly end, AllowedDays days)
    {
        if (end <= start)
        {
            throw new ArgumentException($"The allowed window must end after it starts ({start:HH\\:mm}-{end:HH\\:mm}); windows across midnight are not supported.", nameof(end));
        }

        if ((days & AllowedDays.Everyday) == AllowedDays.None)
        {
            throw new ArgumentException("At least one day must allow reminders.", nameof(days));
        }

        Start = start;
        End = end;
        Days = days & AllowedDays.Everyday;
    }

    public static QuietHours Default { get; } = new(new TimeOnly(9, 0), new TimeOnly(18, 0), AllowedDays.Weekdays);

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public AllowedDays Days { get; }

    public bool AllowsDay(DayOfWeek day) => (Days & (AllowedDays)(1 << (int)day)) != AllowedDays.None;

    /// <summary>Whether a reminder may arrive at <paramref name="instant"/>.</summary>
    public bool IsAllowed(DateTimeOffset instant, TimeZoneInfo zone)
    {
        DateTime local = ZonedTime.ToLocal(instant, zone);
        TimeOnly time = TimeOnly.FromDateTime(local);
        return AllowsDay(local.DayOfWeek) && time >= Start && time < End;
    }

    /// <summary>
    /// When a reminder of <paramref name="kind"/> due at <paramref name="dueUtc"/> really goes out. Meeting prep is
    /// tied to the meeting, which the user chose to hold then: held back to the next weekday morning it would arrive
    /// after the meeting, so it ignores the window. Everything else waits for it.
    /// </summary>
    public DateTimeOffset Arrival(ReminderKind kind, DateTimeOffset dueUtc, TimeZoneInfo zone) =>
        kind is ReminderKind.MeetingPrepDayBefore or ReminderKind.MeetingPrepHourBefore ? dueUtc : NextAllowed(dueUtc, zone);

    /// <summary>
    /// <paramref name="dueUtc"/> itself when it is inside the allowed window, else the start of the next allowed window.
    /// Window starts that fall in a daylight-saving gap move to the end of the gap; those in an overlap take the first occurrence.
    /// </summary>
    public DateTimeOffset NextAllowed(DateTimeOffset dueUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsAllowed(dueUtc, zone))
        {
            return dueUtc;
        }

        DateTime local = ZonedTime.ToLocal(dueUtc, zone);
        DateOnly today = DateOnly.FromDateTime(local);
        TimeOnly time = TimeOnly.FromDateTime(local);
        for (int offset = 0; offset <= 7; offset++)
        {
            DateOnly day = today.AddDays(offset);
            if (!AllowsDay(day.DayOfWeek) || (offset == 0 && time >= Start))
            {
                continue;
            }

            DateTimeOffset start = ZonedTime.ToInstant(day.ToDateTime(Start), zone);
            if (start > dueUtc)
            {
                return start.ToUniversalTime();
            }

            // Only in the repeated hour of a fall-back overlap: the first occurrence of Start has passed but the wall
            // clock is back before it; the window opens when the clock reaches Start again.
            return dueUtc.ToUniversalTime() + (Start - time);
        }

        throw new InvalidOperationException("No allowed day within a week; the constructor rules this out.");
    }
}
