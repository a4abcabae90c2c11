using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Claims each Events API delivery once, across every instance, by inserting (team, <c>event_id</c>) into the
/// <see cref="CoachTables.SlackEvents"/> table: the insert that wins handles the event, a 409 means another delivery
/// (a retry with <c>X-Slack-Retry-Num</c>, possibly on another instance) already did. DM messages do not come here:
/// they carry the event id into the conversation, whose state remembers the deliveries it handled.
/// </summary>
/// <remarks>
/// If storage cannot be reached within 1.5 seconds the event is handled anyway: a rare duplicate reply is better than a lost message.
/// Rows are small and never read again after Slack's retry window (about 5 minutes); a table lifecycle
/// rule or a periodic purge of old partitions can remove them.
/// </remarks>
internal sealed partial class SlackEventDeduplicator(CoachTables tables, TimeProvider time, ILogger<SlackEventDeduplicator> logger)
{
    // The claim sits before the acknowledgement, which Slack wants within 3 seconds: a slow store must not delay it.
    private static readonly TimeSpan s_budget = TimeSpan.FromMilliseconds(1500);

    /// <summary>True when this call claimed the event; false when it was already claimed.</summary>
    public async Task<bool> TryClaimAsync(string team, string eventId, int retryNumber, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(TableKey.Encode(team), TableKey.Encode(eventId))
        {
            ["ReceivedAt"] = time.GetUtcNow(),
            ["RetryNum"] = retryNumber,
        };
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(s_budget);
        try
        {
            await tables.SlackEvents.InsertAsync(entity, budget.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.StorageFailed(logger, 0);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            Log.Duplicate(logger, eventId, retryNumber);
            return false;
        }
        catch (RequestFailedException ex)
        {
            Log.StorageFailed(logger, ex.Status);
            return true;
        }
    }

    /// <summary>Gives a claim back (the event could not be queued), so Slack's retry is handled.</summary>
    public async Task ReleaseAsync(string team, string eventId, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(s_budget);
        try
        {
            await tables.SlackEvents.DeleteEntityAsync(TableKey.Encode(team), TableKey.Encode(eventId), cancellationToken: budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.StorageFailed(logger, 0);
        }
        catch (RequestFailedException ex)
        {
            Log.StorageFailed(logger, ex.Status);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack event {EventId} already handled; ignoring delivery (retry {RetryNum})")]
        public static partial void Duplicate(ILogger logger, string eventId, int retryNum);

        [LoggerMessage(2, LogLevel.Warning, "Slack event de-duplication unavailable (storage status {Status}); handling the event anyway")]
        public static partial void StorageFailed(ILogger logger, int status);
    }
}
