using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The bounded in-process queue between the Slack endpoints (which acknowledge at once) and
/// <see cref="SlackWorkerService"/>. One lane per worker; a user always lands on the same lane, so their turns run
/// in the order Slack delivered them.
/// </summary>
/// <remarks>
/// The queue lives in memory: work accepted but not yet done is lost if the process dies in that window (a crash or
/// a kill; a graceful shutdown drains it). Slack will not redeliver an acknowledged request, so the user would have to
/// repeat themselves. A durable queue (Azure Storage queue) would close the window at the cost of a write per request.
/// </remarks>
internal sealed class SlackWorkQueue
{
    private readonly Channel<SlackWorkItem>[] _lanes;

    public SlackWorkQueue(IOptions<SlackOptions> options)
    {
        SlackOptions settings = options.Value;
        int perLane = Math.Max(1, settings.QueueCapacity / settings.Workers);
        _lanes = new Channel<SlackWorkItem>[settings.Workers];
        for (int i = 0; i < _lanes.Length; i++)
        {
            _lanes[i] = Channel.CreateBounded<SlackWorkItem>(new BoundedChannelOptions(perLane)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
        }
    }

    public int Lanes => _lanes.Length;

    /// <summary>Queues the item without waiting; false when its lane is full (the caller tells the user to retry).</summary>
    public bool TryEnqueue(SlackWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _lanes[LaneOf(item.User.Key)].Writer.TryWrite(item);
    }

    public ChannelReader<SlackWorkItem> Reader(int lane) => _lanes[lane].Reader;

    /// <summary>Stops accepting work; readers finish what is queued.</summary>
    public void Complete()
    {
        foreach (Channel<SlackWorkItem> lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
    }

    private int LaneOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_lanes.Length);
}
