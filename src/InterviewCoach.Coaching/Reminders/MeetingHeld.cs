namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user met <paramref name="Contact"/>. <paramref name="ReferredBy"/> is whoever introduced them, if anyone.</summary>
public sealed record MeetingHeld(ReminderContact Contact, DateTimeOffset HeldAt, ReminderContact? ReferredBy = null) : ReminderEvent;
