using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching;

/// <summary>What the coaching flows need from the host: the user's records, the clock and, when the host has one, the reminder store.</summary>
/// <param name="Records">The user's records.</param>
/// <param name="Time">The clock.</param>
/// <param name="Reminders">The reminder store; null where reminders are not available (the <c>reminders</c> command says so).</param>
/// <param name="Policy">When each kind of reminder falls due; the defaults when the host configures none.</param>
public sealed record CoachServices(IUserRecordStore Records, TimeProvider Time, IReminderScheduler? Reminders = null, ReminderPolicy? Policy = null)
{
    /// <summary>The reminder policy to plan with.</summary>
    public ReminderPolicy ReminderPolicy { get; } = Policy ?? new ReminderPolicy(new ReminderPolicyOptions());

    /// <summary>Local development only: shows a reminder's message on demand ("Send now" in the reminders list).</summary>
    public IReminderPreview? ReminderPreview { get; init; }
}
