namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// A meeting with <paramref name="Contact"/> was set (or moved) to <paramref name="MeetingAt"/>; <paramref name="ScheduledAt"/>
/// is when the user told us. The details go into the day-before prep message; <paramref name="AtCafe"/> (D5) adds
/// the offer to buy their drink; <paramref name="ByCall"/> makes it a call's prep (no journey, no dress code, 10-15 minutes).
/// </summary>
public sealed record MeetingScheduled(
    ReminderContact Contact,
    DateTimeOffset MeetingAt,
    DateTimeOffset ScheduledAt,
    int DurationMinutes = 30,
    string? Place = null,
    string? Directions = null,
    bool AtCafe = false,
    bool ByCall = false) : ReminderEvent;
