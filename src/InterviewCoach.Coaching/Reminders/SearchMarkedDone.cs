namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user's search is over; <paramref name="Helpers"/> are the people to tell how it turned out.</summary>
public sealed record SearchMarkedDone(DateTimeOffset MarkedAt, IReadOnlyList<ReminderContact> Helpers) : ReminderEvent;
