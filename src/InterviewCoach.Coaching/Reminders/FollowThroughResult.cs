namespace InterviewCoach.Coaching.Reminders;

/// <summary>What one event changed: the reminders now scheduled, how many pending ones were cancelled, and the user's settings they were planned in.</summary>
internal sealed record FollowThroughResult(IReadOnlyList<ScheduledReminder> Scheduled, int Cancelled, ReminderSettings Settings);
