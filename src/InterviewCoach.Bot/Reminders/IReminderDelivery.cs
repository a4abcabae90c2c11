using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// Sends a digest through the user's channel (Teams proactive message, Slack DM). The channel features register one;
/// with none registered the dispatcher stays idle. Implementations report throttling and dead conversations through
/// the outcome rather than throwing; an exception counts as <see cref="ReminderDeliveryStatus.Failed"/>.
/// </summary>
internal interface IReminderDelivery
{
    Task<ReminderDeliveryOutcome> DeliverAsync(string userKey, ReminderDigest digest, CancellationToken cancellationToken = default);
}
