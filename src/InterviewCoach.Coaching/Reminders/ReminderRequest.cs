namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// One reminder to schedule. <paramref name="DedupeKey"/> identifies the event it comes from: scheduling the same key again
/// replaces the earlier reminder instead of adding a second. Marking any reminder of a <paramref name="Series"/> done
/// completes the series (the 48 h thank-you nudge is not sent once the 24 h one is done).
/// </summary>
public sealed record ReminderRequest(
    ReminderKind Kind,
    string DedupeKey,
    DateTimeOffset DueUtc,
    string Title,
    string Body,
    string FlowCommand,
    string? ContactId = null,
    string? Organisation = null,
    string? Series = null);
