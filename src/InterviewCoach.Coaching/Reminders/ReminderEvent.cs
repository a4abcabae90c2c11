namespace InterviewCoach.Coaching.Reminders;

/// <summary>Something that happened in the user's search that may start or end reminders. <see cref="ReminderPolicy"/> turns each into a <see cref="ReminderPlan"/>.</summary>
public abstract record ReminderEvent;
