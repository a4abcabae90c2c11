namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// The user asked <paramref name="Contact"/> in writing for an informational interview: starts the 3B7 routine (the second
/// person needs the contact's organisation) and the phone call the ask promised.
/// </summary>
public sealed record OutreachSent(ReminderContact Contact, DateTimeOffset SentAt, OutreachChannel Channel = OutreachChannel.Email) : ReminderEvent;
