namespace InterviewCoach.Coaching.Reminders;

/// <summary>What an event changes: reminders to schedule (or replace, by dedupe key) and reminders to cancel. Cancellations apply first.</summary>
public sealed record ReminderPlan(IReadOnlyList<ReminderRequest> Schedule, IReadOnlyList<ReminderCancellation> Cancel)
{
    public static ReminderPlan Empty { get; } = new([], []);
}
