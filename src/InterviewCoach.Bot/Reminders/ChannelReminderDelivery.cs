using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// Delivers reminder digests through whichever channel the user last spoke on: looks up their conversation
/// reference, renders the digest, and hands it to that channel's proactive sender.
/// </summary>
internal sealed class ChannelReminderDelivery(
    ConversationReferenceStore references,
    IEnumerable<IChannelProactiveSender> senders,
    IReminderScheduler scheduler) : IReminderDelivery
{
    private readonly Dictionary<string, IChannelProactiveSender> _senders =
        senders.GroupBy(s => s.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public async Task<ReminderDeliveryOutcome> DeliverAsync(string userKey, ReminderDigest digest, CancellationToken cancellationToken = default)
    {
        ConversationReference? reference = await references.GetAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (reference is not { Active: true })
        {
            return ReminderDeliveryOutcome.Inactive;
        }

        if (!_senders.TryGetValue(reference.User.Channel, out IChannelProactiveSender? sender))
        {
            return ReminderDeliveryOutcome.Failed($"no sender for channel {reference.User.Channel}");
        }

        ReminderSettings settings = await scheduler.GetSettingsAsync(userKey, cancellationToken).ConfigureAwait(false);
        ProactiveSendResult result = await sender.SendAsync(reference, ReminderPresenter.Render(digest, settings.TimeZone), cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case ProactiveSendStatus.Delivered:
                return ReminderDeliveryOutcome.Delivered;
            case ProactiveSendStatus.RetryLater:
                return ReminderDeliveryOutcome.Throttled(result.RetryAfter ?? TimeSpan.FromMinutes(1));
            case ProactiveSendStatus.Inactive:
                await references.MarkInactiveAsync(userKey, cancellationToken).ConfigureAwait(false);
                return ReminderDeliveryOutcome.Inactive;
            default:
                return ReminderDeliveryOutcome.Failed(result.Error ?? "send failed");
        }
    }
}
