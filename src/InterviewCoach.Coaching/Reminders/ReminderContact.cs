namespace InterviewCoach.Coaching.Reminders;

/// <summary>The person a reminder is about, as the policy needs them: an id, a name for the message, and where they work.</summary>
public sealed record ReminderContact(string Id, string Name, string? Organisation = null);
