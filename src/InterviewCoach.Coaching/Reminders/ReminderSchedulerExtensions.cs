namespace InterviewCoach.Coaching.Reminders;

/// <summary>Applies a policy's plan through any scheduler.</summary>
public static class ReminderSchedulerExtensions
{
    /// <summary>Runs the plan's cancellations, then schedules its requests.</summary>
    public static async Task<IReadOnlyList<ScheduledReminder>> ApplyAsync(this IReminderScheduler scheduler, string userKey, ReminderPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(plan);
        foreach (ReminderCancellation cancellation in plan.Cancel)
        {
            await scheduler.CancelAsync(userKey, cancellation, cancellationToken).ConfigureAwait(false);
        }

        return plan.Schedule.Count == 0 ? [] : await scheduler.ScheduleAsync(userKey, plan.Schedule, cancellationToken).ConfigureAwait(false);
    }
}
