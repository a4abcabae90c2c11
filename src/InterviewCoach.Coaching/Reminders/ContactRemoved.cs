namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user deleted <paramref name="Contact"/>: every pending follow-up about them goes.</summary>
public sealed record ContactRemoved(ReminderContact Contact) : ReminderEvent;
