namespace InterviewCoach.Coaching.Reminders;

/// <summary>A meeting with <paramref name="Contact"/> was set (or moved) to <paramref name="MeetingAt"/>; <paramref name="ScheduledAt"/> is when the user told us.</summary>
public sealed record MeetingScheduled(ReminderContact Contact, DateTimeOffset MeetingAt, DateTimeOffset ScheduledAt) : ReminderEvent;
