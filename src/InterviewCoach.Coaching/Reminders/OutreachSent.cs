namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user asked <paramref name="Contact"/> (who must have an organisation) for an informational interview; starts the 3B7 routine.</summary>
public sealed record OutreachSent(ReminderContact Contact, DateTimeOffset SentAt) : ReminderEvent;
