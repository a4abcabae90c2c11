namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user is to call <paramref name="Contact"/> at <paramref name="CallAt"/>, a time the contact or their receptionist named.</summary>
public sealed record CallBackPlanned(ReminderContact Contact, DateTimeOffset CallAt) : ReminderEvent;
