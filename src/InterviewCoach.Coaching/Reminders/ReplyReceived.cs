namespace InterviewCoach.Coaching.Reminders;

/// <summary>Someone at <paramref name="Organisation"/> replied: the pending 3B7 reminders for that organisation end.</summary>
public sealed record ReplyReceived(string Organisation, DateTimeOffset ReceivedAt, string? ContactId = null) : ReminderEvent;
