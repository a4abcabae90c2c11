namespace InterviewCoach.Coaching.Reminders;

/// <summary>The meeting with <paramref name="Contact"/> is off (cancelled, or it did not happen): its prep and "did you meet?" reminders go.</summary>
public sealed record MeetingCancelled(ReminderContact Contact) : ReminderEvent;
