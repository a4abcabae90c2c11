namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// The reminder store the flows talk to. Implementations are durable and safe under concurrent callers and dispatchers;
/// every write is conditional, so a snooze or cancel racing a delivery either wins or sees the reminder already sent.
/// </summary>
public interface IReminderScheduler
{
    /// <summary>Schedules each request; a request whose dedupe key already exists for this user replaces that reminder.</summary>
    Task<IReadOnlyList<ScheduledReminder>> ScheduleAsync(string userKey, IEnumerable<ReminderRequest> requests, CancellationToken cancellationToken = default);

    /// <summary>Cancels the user's pending (and failed) reminders that match; returns how many were cancelled.</summary>
    Task<int> CancelAsync(string userKey, ReminderCancellation cancellation, CancellationToken cancellationToken = default);

    /// <summary>Pending and failed reminders, soonest first.</summary>
    Task<IReadOnlyList<ScheduledReminder>> ListUpcomingAsync(string userKey, CancellationToken cancellationToken = default);

    /// <summary>Marks a reminder done, and ends the rest of its series; false when there is no such reminder.</summary>
    Task<bool> MarkDoneAsync(string userKey, string reminderId, CancellationToken cancellationToken = default);

    /// <summary>Brings the reminder back at <paramref name="until"/> (still subject to quiet hours); false when it is done, cancelled or missing.</summary>
    Task<bool> SnoozeAsync(string userKey, string reminderId, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Stores the user's time zone and allowed hours. An unknown time zone id throws <see cref="ArgumentException"/>.</summary>
    Task SetSettingsAsync(string userKey, string timeZoneId, QuietHours quietHours, CancellationToken cancellationToken = default);

    /// <summary>The user's settings, or <see cref="ReminderSettings.Default"/> when they have none yet.</summary>
    Task<ReminderSettings> GetSettingsAsync(string userKey, CancellationToken cancellationToken = default);
}
