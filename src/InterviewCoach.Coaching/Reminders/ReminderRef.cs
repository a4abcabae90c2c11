namespace InterviewCoach.Coaching.Reminders;

/// <summary>Options for the snooze and cancel steps of the <c>reminders</c> flow: which reminder.</summary>
/// <param name="ReminderId">The reminder's id.</param>
internal sealed record ReminderRef(string ReminderId);
