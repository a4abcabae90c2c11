namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user logged a touch with <paramref name="Contact"/> (a message, a call, a coffee): the keep-in-touch clock restarts.</summary>
public sealed record TouchLogged(ReminderContact Contact, DateTimeOffset TouchedAt) : ReminderEvent;
