using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching;

/// <summary>What the coaching flows need from the host: the user's records, the clock and, when the host has one, the reminder store.</summary>
/// <param name="Records">The user's records.</param>
/// <param name="Time">The clock.</param>
/// <param name="Reminders">The reminder store; null where reminders are not available (the <c>reminders</c> command says so).</param>
/// <param name="Policy">When each kind of reminder falls due; the defaults when the host configures none.</param>
/// <param name="Embedder">The sentence model the checkers judge meaning with; null or not ready, they use exact rules.</param>
public sealed record CoachServices(IUserRecordStore Records, TimeProvider Time, IReminderScheduler? Reminders = null, ReminderPolicy? Policy = null, ISentenceEmbedder? Embedder = null)
{
    /// <summary>The reminder policy to plan with.</summary>
    public ReminderPolicy ReminderPolicy { get; } = Policy ?? new ReminderPolicy(new ReminderPolicyOptions());
}
