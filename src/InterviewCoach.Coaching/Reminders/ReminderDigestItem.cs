namespace InterviewCoach.Coaching.Reminders;

/// <summary>One reminder inside a digest, with its buttons described as data.</summary>
public sealed record ReminderDigestItem(
    string ReminderId,
    ReminderKind Kind,
    string Title,
    string Body,
    string FlowCommand,
    string? ContactId,
    DateTimeOffset DueUtc,
    IReadOnlyList<ReminderAction> Actions);
