namespace InterviewCoach.Coaching.Reminders;

/// <summary>A stored reminder as the user sees it in their list. <see cref="Id"/> is what done, snooze and cancel take.</summary>
public sealed record ScheduledReminder(
    string Id,
    ReminderKind Kind,
    ReminderStatus Status,
    DateTimeOffset DueUtc,
    string Title,
    string Body,
    string FlowCommand,
    string DedupeKey,
    string? ContactId = null,
    string? Organisation = null,
    int Attempts = 0,
    string? LastError = null);
