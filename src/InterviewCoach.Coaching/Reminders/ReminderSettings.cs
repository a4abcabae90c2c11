namespace InterviewCoach.Coaching.Reminders;

/// <summary>A user's reminder settings: their IANA (or Windows) time zone id and allowed hours. <see cref="Paused"/> is set while their channel cannot be reached.</summary>
public sealed record ReminderSettings(string TimeZoneId, QuietHours QuietHours, bool Paused = false)
{
    public static ReminderSettings Default { get; } = new("UTC", QuietHours.Default);

    /// <summary>The zone for <see cref="TimeZoneId"/>, or UTC when the id is unknown on this machine.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out TimeZoneInfo? zone) ? zone : TimeZoneInfo.Utc;
}
