using System.Collections.Concurrent;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Tests.Reminders;

/// <summary>Records every digest it is given and answers with whatever outcome the test chooses.</summary>
internal sealed class RecordingDelivery(Func<string, ReminderDigest, CancellationToken, Task<ReminderDeliveryOutcome>>? respond = null) : IReminderDelivery
{
    public ConcurrentQueue<ReminderDigest> Digests { get; } = new();

    public IReadOnlyDictionary<string, int> CountsById() => Digests
        .SelectMany(d => d.Items)
        .GroupBy(i => i.ReminderId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public async Task<ReminderDeliveryOutcome> DeliverAsync(string userKey, ReminderDigest digest, CancellationToken cancellationToken = default)
    {
        ReminderDeliveryOutcome outcome = respond is null ? ReminderDeliveryOutcome.Delivered : await respond(userKey, digest, cancellationToken);
        if (outcome.Status == ReminderDeliveryStatus.Delivered)
        {
            Digests.Enqueue(digest);
        }

        return outcome;
    }
}
