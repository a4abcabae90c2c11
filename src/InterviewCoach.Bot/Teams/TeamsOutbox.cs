using System.Collections.Concurrent;
using System.Diagnostics;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Sends a turn's replies after (or while) the HTTP answer goes back, so a slow or throttling Connector never holds
/// Teams' request past its limit. One lane per conversation keeps replies in order and paced to Teams' per-conversation
/// limits (<see cref="ConversationSendPacer"/>); a 429 pauses the lane for its Retry-After. A reply too big for one
/// activity is split. When a reply still cannot be sent after <see cref="TeamsOptions.OutboxAttempts"/> rounds of the
/// Connector client's own retries, it and the rest of its turn are kept for the user's next turn
/// (<see cref="UndeliveredReplies"/>); a 403/404 (bot removed or blocked) also marks the reference inactive. A send that
/// may have reached Teams (a timeout) is not sent again here either: it is kept, marked as late, rather than shown twice.
/// </summary>
internal sealed partial class TeamsOutbox(
    ConnectorClient connector,
    ConversationReferenceStore references,
    UndeliveredReplies undelivered,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<TeamsOutbox> logger)
{
    private const int MaxIdleLanes = 1000;

    // Lanes are dropped after an hour idle, so sweeping more than once a minute finds nothing new; sweeping on every
    // enqueue walked and locked every lane per reply once past MaxIdleLanes (about 7% of the host's CPU under load).
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>Queues the batch on its conversation's lane; the task ends when every item was sent or kept.</summary>
    public Task EnqueueAsync(TeamsOutboxBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        string key = string.Concat(batch.ServiceUrl.AbsoluteUri, "\n", batch.ConversationId);
        if (SweepDue() && _lanes.Count > MaxIdleLanes)
        {
            Sweep();
        }

        Lane lane = _lanes.GetOrAdd(key, _ => new Lane());
        bool start;
        lock (lane)
        {
            lane.Pending.Enqueue(batch);
            start = !lane.Running;
            lane.Running = true;
        }

        if (start)
        {
            _ = Task.Run(() => DrainAsync(lane));
        }

        return batch.Completion.Task;
    }

    /// <summary>True for one caller at most once per <see cref="SweepInterval"/>.</summary>
    private bool SweepDue()
    {
        long now = time.GetUtcNow().UtcTicks;
        long next = Volatile.Read(ref _nextSweepTicks);
        return now >= next && Interlocked.CompareExchange(ref _nextSweepTicks, now + SweepInterval.Ticks, next) == next;
    }

    private void Sweep()
    {
        DateTimeOffset hourAgo = time.GetUtcNow().AddHours(-1);
        foreach (KeyValuePair<string, Lane> pair in _lanes)
        {
            lock (pair.Value)
            {
                if (!pair.Value.Running && pair.Value.LastSend < hourAgo)
                {
                    _lanes.TryRemove(pair);
                }
            }
        }
    }

    private async Task DrainAsync(Lane lane)
    {
        while (true)
        {
            TeamsOutboxBatch? batch;
            lock (lane)
            {
                if (!lane.Pending.TryDequeue(out batch))
                {
                    lane.Running = false;
                    return;
                }
            }

            try
            {
                await SendAsync(lane, batch).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Shutting down mid-send: which items went out is not known here, so none is kept twice; the log says how many.
                Log.Stopped(logger, batch.Items.Count);
            }
#pragma warning disable CA1031 // the lane must keep draining: one batch's unexpected failure is logged and its replies kept
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.BatchFailed(logger, ex.GetType().Name, ex);
                await KeepAsync(batch.UserKey, [.. batch.Items.Where(i => !i.BestEffort).Select(i => i.Source!)]).ConfigureAwait(false);
            }
            finally
            {
                batch.Completion.TrySetResult();
            }
        }
    }

    private async Task SendAsync(Lane lane, TeamsOutboxBatch batch)
    {
        // Under the turn that produced the batch, not whichever turn started this lane's task.
        using Activity? span = CoachTelemetry.Source.StartActivity("teams outbox send", ActivityKind.Internal, batch.Parent);
        span?.SetTag("coach.replies", batch.Items.Count);
        TeamsOptions settings = options.Value;
        CancellationToken stopping = lifetime.ApplicationStopping;
        var items = new List<TeamsOutboxItem>(batch.Items);
        for (int i = 0; i < items.Count; i++)
        {
            TeamsOutboxItem item = items[i];
            for (int attempt = 1; ; attempt++)
            {
                TimeSpan wait = batch.Paced ? lane.Pacer.Delay(time.GetUtcNow()) : TimeSpan.Zero;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stopping).ConfigureAwait(false);
                }

                ConnectorException failure;
                try
                {
                    lane.Pacer.Record(time.GetUtcNow());
                    lane.LastSend = time.GetUtcNow();
                    if (batch.ReplyToId is { Length: > 0 } replyTo)
                    {
                        await connector.ReplyToActivityAsync(batch.ServiceUrl, batch.ConversationId, replyTo, item.Activity, stopping).ConfigureAwait(false);
                    }
                    else
                    {
                        await connector.SendToConversationAsync(batch.ServiceUrl, batch.ConversationId, item.Activity, stopping).ConfigureAwait(false);
                    }

                    break;
                }
                catch (ConnectorException ex)
                {
                    failure = ex;
                }

                if (item.BestEffort)
                {
                    break;
                }

                IReadOnlyList<Schema.Activity> parts = failure.Status == 413 ? ActivitySplitter.Split(item.Activity, item.Source, SplitSize(item), refused: true) : [item.Activity];
                if (parts.Count > 1 || !ReferenceEquals(parts[0], item.Activity))
                {
                    // Too big for one activity: send it in parts, in its place.
                    Log.Split(logger, parts.Count);
                    items.RemoveAt(i);
                    items.InsertRange(i, parts.Select(p => item with { Activity = p, Source = new TextReply(p.Text ?? string.Empty) }));
                    item = items[i];
                    attempt = 0;
                    continue;
                }

                if (failure.Status is 403 or 404)
                {
                    await MarkInactiveAsync(batch.UserKey).ConfigureAwait(false);
                }
                else if (failure.IsTransient && !failure.MayHaveLanded && attempt < settings.OutboxAttempts)
                {
                    TimeSpan delay = failure.RetryAfter is { } asked && asked > TimeSpan.Zero ? asked : settings.OutboxRetryDelay * attempt;
                    Log.Retrying(logger, failure.Status, attempt, delay);
                    await Task.Delay(delay, time, stopping).ConfigureAwait(false);
                    continue;
                }

                // Given up: this reply and the rest of its turn wait for the user's next turn, in order.
                List<Reply> kept = [.. items.Skip(i).Where(x => !x.BestEffort).Select(x => x.Source!)];
                span?.SetStatus(ActivityStatusCode.Error, "kept for the next turn");
                span?.SetTag("coach.replies.kept", kept.Count);
                Log.Kept(logger, failure.Status, failure.ErrorCode, failure.CorrelationId, kept.Count);
                await KeepAsync(batch.UserKey, kept).ConfigureAwait(false);
                return;
            }
        }
    }

    /// <summary>Half of what the Connector refused, so each part fits.</summary>
    private int SplitSize(TeamsOutboxItem item)
    {
        int current = System.Text.Encoding.UTF8.GetByteCount(item.Activity.Text ?? item.Source?.ToPlainText() ?? string.Empty);
        return Math.Max(1024, Math.Min(options.Value.MaxReplyTextBytes, (current / 2) + 1));
    }

    /// <summary>Stores them for the user's next turn, on any instance; not tied to shutdown, so a stopping host still keeps them.</summary>
    private Task KeepAsync(string userKey, List<Reply> replies) =>
        userKey.Length == 0 ? Task.CompletedTask : undelivered.KeepAsync(userKey, replies, CancellationToken.None);

    private async Task MarkInactiveAsync(string userKey)
    {
        try
        {
            await references.MarkInactiveAsync(userKey, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex)
        {
            Log.ReferenceFailed(logger, ex.Status);
        }
    }

    private sealed class Lane
    {
        public Queue<TeamsOutboxBatch> Pending { get; } = new();

        public ConversationSendPacer Pacer { get; } = new();

        public bool Running { get; set; }

        public DateTimeOffset LastSend { get; set; }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Bot Connector refused a reply as too large; sending it in {Parts} parts")]
        public static partial void Split(ILogger logger, int parts);

        [LoggerMessage(2, LogLevel.Warning, "Reply not delivered (Connector {Status}), outbox attempt {Attempt}; retrying in {Delay}")]
        public static partial void Retrying(ILogger logger, int status, int attempt, TimeSpan delay);

        [LoggerMessage(3, LogLevel.Error, "Reply not delivered: the Bot Connector answered {Status} ({ErrorCode}, correlation {CorrelationId}); {Count} reply(ies) kept for the user's next turn")]
        public static partial void Kept(ILogger logger, int status, string? errorCode, string? correlationId, int count);

        [LoggerMessage(4, LogLevel.Error, "Outbox batch failed unexpectedly ({ExceptionType}); its replies are kept for the next turn")]
        public static partial void BatchFailed(ILogger logger, string exceptionType, Exception exception);

        [LoggerMessage(6, LogLevel.Warning, "Outbox stopped by shutdown while sending a batch of {Count} reply(ies); what was not sent is lost")]
        public static partial void Stopped(ILogger logger, int count);

        [LoggerMessage(5, LogLevel.Warning, "Conversation reference not marked inactive (storage status {Status})")]
        public static partial void ReferenceFailed(ILogger logger, int status);
    }
}
