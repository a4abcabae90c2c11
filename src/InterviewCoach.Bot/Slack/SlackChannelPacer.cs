using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Keeps posts to one channel near Slack's "about one message per second per channel, short bursts allowed"
/// (<see href="https://docs.slack.dev/apis/web-api/rate-limits/">rate limits</see>): a generic cell-rate limiter per
/// channel, so a burst of <see cref="SlackOptions.ChannelBurst"/> goes straight out and the rest is spaced.
/// </summary>
/// <remarks>Per instance only: several instances posting to one DM could together exceed it, and Slack's 429 handling covers that.</remarks>
internal sealed class SlackChannelPacer(IOptions<SlackOptions> options, TimeProvider time)
{
    private const int MaxTrackedChannels = 50_000;
    private readonly ConcurrentDictionary<string, StrongBox<DateTimeOffset>> _theoreticalArrival = new(StringComparer.Ordinal);

    /// <summary>How long a post to <paramref name="channel"/> must wait now; reserves its slot.</summary>
    public TimeSpan Reserve(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        SlackOptions settings = options.Value;
        var interval = TimeSpan.FromSeconds(1 / settings.MessagesPerSecondPerChannel);
        TimeSpan burstAllowance = interval * (settings.ChannelBurst - 1);
        DateTimeOffset now = time.GetUtcNow();
        if (_theoreticalArrival.Count > MaxTrackedChannels)
        {
            Prune(now);
        }

        StrongBox<DateTimeOffset> box = _theoreticalArrival.GetOrAdd(channel, _ => new StrongBox<DateTimeOffset>(now));
        lock (box)
        {
            DateTimeOffset tat = box.Value > now ? box.Value : now;
            TimeSpan wait = tat - now - burstAllowance;
            box.Value = tat + interval;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Waits for this channel's next slot.</summary>
    public async Task WaitAsync(string channel, CancellationToken cancellationToken = default)
    {
        TimeSpan wait = Reserve(channel);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (KeyValuePair<string, StrongBox<DateTimeOffset>> entry in _theoreticalArrival)
        {
            if (entry.Value.Value < now)
            {
                _theoreticalArrival.TryRemove(entry);
            }
        }
    }
}
