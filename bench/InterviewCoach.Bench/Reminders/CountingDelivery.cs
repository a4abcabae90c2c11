using System.Collections.Concurrent;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bench.Reminders;

/// <summary>A channel that accepts every digest after an optional simulated latency and counts deliveries per reminder.</summary>
internal sealed class CountingDelivery(TimeSpan latency) : IReminderDelivery
{
    public ConcurrentDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public long Digests;

    public async Task<ReminderDeliveryOutcome> DeliverAsync(string userKey, ReminderDigest digest, CancellationToken cancellationToken = default)
    {
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, cancellationToken);
        }

        Interlocked.Increment(ref Digests);
        foreach (ReminderDigestItem item in digest.Items)
        {
            Counts.AddOrUpdate(item.ReminderId, 1, (_, n) => n + 1);
        }

        return ReminderDeliveryOutcome.Delivered;
    }
}
