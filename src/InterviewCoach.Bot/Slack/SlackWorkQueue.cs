using System.Diagnostics.Metrics;
using System.Threading.Channels;
using InterviewCoach.Bot.Diagnostics;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The bounded in-process queue between the Slack endpoints (which acknowledge at once) and
/// <see cref="SlackWorkerService"/>: one mailbox per user, so a user's work runs in the order Slack delivered it,
/// while different users never wait behind each other's mailbox. A user with work gets announced once on
/// <see cref="ReadyUsers"/>; whoever drains that user takes items with <see cref="TryTake"/> until it says the
/// mailbox is empty (which retires it, so the next item announces the user again).
/// </summary>
/// <remarks>
/// The queue lives in memory: work accepted but not yet done is lost if the process dies in that window (a crash or
/// a kill; a graceful shutdown drains it). Slack will not redeliver an acknowledged request, so the user would have to
/// repeat themselves. A durable queue (Azure Storage queue) would close the window at the cost of a write per request.
/// </remarks>
internal sealed class SlackWorkQueue
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<SlackWorkItem>> _mailboxes = new(StringComparer.Ordinal);
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly int _capacity;
    private readonly int _perUser;
    private int _waiting;
    private bool _completed;

    public SlackWorkQueue(IOptions<SlackOptions> options, IMeterFactory? meters = null)
    {
        SlackOptions settings = options.Value;
        _capacity = settings.QueueCapacity;
        _perUser = Math.Min(settings.UserQueueCapacity, settings.QueueCapacity);
        meters?.Create(CoachTelemetry.MeterOptions).CreateObservableGauge(
            CoachTelemetry.SlackQueueDepth, () => Waiting, "{item}", "Acknowledged Slack work waiting for a worker.");
    }

    /// <summary>Items accepted and not yet taken, across all users.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _waiting;
            }
        }
    }

    /// <summary>Users whose mailbox just got its first item; each appears once until its mailbox is retired.</summary>
    public ChannelReader<string> ReadyUsers => _ready.Reader;

    /// <summary>Queues the item without waiting (the acknowledgement must stay immediate); says why when it refuses.</summary>
    public SlackEnqueueResult TryEnqueue(SlackWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        string key = item.User.Key;
        lock (_gate)
        {
            if (_completed || _waiting >= _capacity)
            {
                return SlackEnqueueResult.QueueFull;
            }

            if (!_mailboxes.TryGetValue(key, out Queue<SlackWorkItem>? mailbox))
            {
                mailbox = new Queue<SlackWorkItem>();
                _mailboxes.Add(key, mailbox);
                _ready.Writer.TryWrite(key);
            }
            else if (mailbox.Count >= _perUser)
            {
                return SlackEnqueueResult.UserBacklogFull;
            }

            mailbox.Enqueue(item);
            _waiting++;
            return SlackEnqueueResult.Accepted;
        }
    }

    /// <summary>The user's next item; false (and the mailbox retired) when there is none.</summary>
    public bool TryTake(string userKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SlackWorkItem? item)
    {
        lock (_gate)
        {
            if (_mailboxes.TryGetValue(userKey, out Queue<SlackWorkItem>? mailbox) && mailbox.TryDequeue(out item))
            {
                _waiting--;
                return true;
            }

            _mailboxes.Remove(userKey);
            item = null;
            return false;
        }
    }

    /// <summary>Stops accepting work; what is queued is still handed out.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            _ready.Writer.TryComplete();
        }
    }
}
