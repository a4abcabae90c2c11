using System.Text;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// The one way a flow turns something that happened into reminders: the user's settings, <see cref="ReminderPolicy"/>'s
/// plan in their zone, its cancellations, then its requests. Flows tell the user what came back, never what they hoped for.
/// </summary>
internal static class FollowThrough
{
    /// <summary>Applies the event; null when the host has no reminder store (the flow then promises nothing).</summary>
    public static async ValueTask<FollowThroughResult?> RaiseAsync(CoachServices services, string userKey, ReminderEvent reminderEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Reminders is not { } reminders)
        {
            return null;
        }

        ReminderSettings settings = await reminders.GetSettingsAsync(userKey, cancellationToken).ConfigureAwait(false);
        ReminderPlan plan = services.ReminderPolicy.Plan(reminderEvent, settings.TimeZone);
        int cancelled = 0;
        foreach (ReminderCancellation cancellation in plan.Cancel)
        {
            cancelled += await reminders.CancelAsync(userKey, cancellation, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<ScheduledReminder> scheduled = plan.Schedule.Count == 0
            ? []
            : await reminders.ScheduleAsync(userKey, plan.Schedule, cancellationToken).ConfigureAwait(false);
        return new FollowThroughResult(scheduled, cancelled, settings);
    }

    /// <summary>When a reminder due at <paramref name="dueUtc"/> will really arrive (after quiet hours), in the user's zone.</summary>
    public static string Arrives(DateTimeOffset dueUtc, ReminderSettings settings) =>
        ReminderPresenter.Due(settings.QuietHours.NextAllowed(dueUtc, settings.TimeZone), settings.TimeZone);

    /// <summary>When <paramref name="reminder"/> will really arrive (after quiet hours, where its kind waits for them), in the user's zone.</summary>
    public static string Arrives(ScheduledReminder reminder, ReminderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(settings);
        return ReminderPresenter.Due(settings.QuietHours.Arrival(reminder.Kind, reminder.DueUtc, settings.TimeZone), settings.TimeZone);
    }

    /// <summary>"I'll remind you:" and one line per scheduled reminder with when it arrives; null when nothing was scheduled.</summary>
    public static string? Describe(FollowThroughResult? result, string lead = "I'll remind you:")
    {
        if (result is null || result.Scheduled.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(lead);
        foreach (ScheduledReminder reminder in result.Scheduled.OrderBy(r => r.DueUtc))
        {
            text.Append("\n- ").Append(reminder.Title).Append(": **").Append(Arrives(reminder, result.Settings)).Append("**");
        }

        return text.ToString();
    }
}
