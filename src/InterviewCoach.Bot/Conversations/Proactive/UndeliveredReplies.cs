using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>
/// Replies the outbox could not deliver after its retries, kept in the user's partition of the UndeliveredReplies table
/// (their plain text, the newest <see cref="MaxPerUser"/>) so the user's next turn, on whichever instance, starts with
/// them: "I couldn't send this earlier: …". Deleting the user's data removes them.
/// </summary>
/// <remarks>
/// An ordinary turn must not pay a table request to learn that nothing is kept. Keeping therefore also merges a mark
/// (<see cref="KeptRepliesMark"/>) onto the conversation's dialog-state entity, conditionally on its ETag: that changes
/// the ETag, so the next turn's state write conflicts and re-reads it (or the turn reads it anyway), and the read tells
/// this instance (<see cref="Notice"/>). Only then does <see cref="TakeAsync"/> query the table. Each kept reply is taken
/// with a conditional delete on its ETag, so two instances taking at once deliver it once.
/// </remarks>
internal sealed partial class UndeliveredReplies(CoachTables tables, TimeProvider time, ILogger<UndeliveredReplies> logger)
{
    public const string Prefix = "I couldn't send this earlier: ";
    public const int MaxPerUser = 20;
    public const string ExportKind = "undelivered-reply";

    private const int MaxNoticed = 10_000;

    // Reads only the mark, not the whole state, and merges it on the ETag read (the state's own properties stay).
    private readonly ConditionalWriteSteps<KeptRepliesMark> _markSteps = new()
    {
        Select = [nameof(KeptRepliesMark.RepliesKeptAt)],
        Write = (mark, ct) => tables.UserRecords.UpdateEntityAsync(mark, mark.ETag, TableUpdateMode.Merge, ct),
    };

    // Users whose kept replies this instance should look for: those it kept itself, and those whose state carried the mark.
    private readonly ConcurrentDictionary<string, byte> _noticed = new(StringComparer.Ordinal);

    private TableClient Table => tables.UndeliveredReplies;

    /// <summary>Keeps the replies, in order, for the user's next turn; storage failures are logged, never thrown.</summary>
    public async Task KeepAsync(string userKey, IEnumerable<Reply> replies, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentNullException.ThrowIfNull(replies);
        List<string> texts = [.. replies.Select(r => r.ToPlainText()).TakeLast(MaxPerUser)];
        if (texts.Count == 0)
        {
            return;
        }

        string partition = TableKey.Encode(userKey);
        DateTimeOffset now = time.GetUtcNow();

        // Ordered by when they were kept, then by place in the turn; the suffix keeps two instances' rows apart.
        string stem = string.Concat(now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture), ".", Guid.NewGuid().ToString("N").AsSpan(0, 8));
        try
        {
            await Table.SubmitTransactionAsync(
                texts.Select((text, i) => new TableTransactionAction(TableTransactionActionType.Add, new UndeliveredReplyEntity
                {
                    PartitionKey = partition,
                    RowKey = string.Create(CultureInfo.InvariantCulture, $"{stem}.{i:D2}"),
                    Text = Fit(text),
                })),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or OperationCanceledException)
        {
            Log.KeepFailed(logger, texts.Count, ex.GetType().Name, (ex as RequestFailedException)?.Status ?? 0);
            return;
        }

        Remember(userKey);
        try
        {
            await TrimAsync(partition, cancellationToken).ConfigureAwait(false);
            await MarkStateAsync(partition, now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or OperationCanceledException)
        {
            // Kept, but other instances may not look until the user's state is read for another reason.
            Log.MarkFailed(logger, ex.GetType().Name, (ex as RequestFailedException)?.Status ?? 0);
        }
    }

    /// <summary>Called when the user's dialog state was read carrying the mark: their next take looks in the table.</summary>
    public void Notice(string userKey) => Remember(userKey);

    /// <summary>
    /// Takes what is kept for the user, oldest first, as text replies that say they are late; empty when nothing is.
    /// Costs no request unless this instance kept replies for the user or read the mark on their state.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> TakeAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        if (!_noticed.TryRemove(userKey, out _))
        {
            return [];
        }

        try
        {
            List<UndeliveredReplyEntity> kept = await ListAsync(TableKey.Encode(userKey), cancellationToken).ConfigureAwait(false);
            List<UndeliveredReplyEntity> taken = await DeleteEachOnceAsync(kept, cancellationToken).ConfigureAwait(false);
            return [.. taken.Select(e => new TextReply(Prefix + e.Text))];
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException)
        {
            // They stay in the table; look again on the user's next turn.
            Remember(userKey);
            Log.TakeFailed(logger, ex.GetType().Name, (ex as RequestFailedException)?.Status ?? 0);
            return [];
        }
    }

    /// <summary>The kept replies, for "export my data".</summary>
    public async Task<IReadOnlyList<ExportedRecord>> ExportAsync(string userKey, CancellationToken cancellationToken = default)
    {
        List<UndeliveredReplyEntity> kept = await ListAsync(TableKey.Encode(userKey), cancellationToken).ConfigureAwait(false);
        return [.. kept.Select(e => new ExportedRecord(ExportKind, e.RowKey, JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = e.Text }), e.Timestamp))];
    }

    /// <summary>Removes everything kept for the user; returns how many replies went.</summary>
    public async Task<int> ForgetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        _noticed.TryRemove(userKey, out _);
        return await Table.DeletePartitionAsync(TableKey.Encode(userKey), cancellationToken).ConfigureAwait(false);
    }

    private void Remember(string userKey)
    {
        if (_noticed.Count < MaxNoticed || _noticed.ContainsKey(userKey))
        {
            _noticed[userKey] = 0;
        }
    }

    private async Task<List<UndeliveredReplyEntity>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        var kept = new List<UndeliveredReplyEntity>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (UndeliveredReplyEntity entity in Table.QueryAsync<UndeliveredReplyEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            kept.Add(entity);
        }

        // The service returns a partition in RowKey order already; sorting again costs nothing and says what is relied on.
        kept.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return kept;
    }

    /// <summary>Deletes each entity on its ETag; returns those this call deleted (another instance may have taken some).</summary>
    private async Task<List<UndeliveredReplyEntity>> DeleteEachOnceAsync(List<UndeliveredReplyEntity> entities, CancellationToken cancellationToken)
    {
        if (entities.Count == 0)
        {
            return entities;
        }

        try
        {
            // Usually nobody races: one request takes them all.
            await Table.SubmitTransactionAsync(entities.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e, e.ETag)), cancellationToken).ConfigureAwait(false);
            return entities;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Someone took some of them first: take the rest one by one.
        }

        var taken = new List<UndeliveredReplyEntity>(entities.Count);
        foreach (UndeliveredReplyEntity entity in entities)
        {
            try
            {
                Response response = await Table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken).ConfigureAwait(false);
                if (response.Status != 404)
                {
                    taken.Add(entity);
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Changed since it was read, so not ours to take.
            }
        }

        return taken;
    }

    /// <summary>Deletes the oldest beyond <see cref="MaxPerUser"/>.</summary>
    private async Task TrimAsync(string partition, CancellationToken cancellationToken)
    {
        List<UndeliveredReplyEntity> kept = await ListAsync(partition, cancellationToken).ConfigureAwait(false);
        if (kept.Count > MaxPerUser)
        {
            await DeleteEachOnceAsync(kept.GetRange(0, kept.Count - MaxPerUser), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Marks the conversation's state, on the ETag read, so its next turn looks; no state means no turn to continue.</summary>
    private async Task MarkStateAsync(string partition, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A turn writing the state meanwhile wins the race, and the mark goes on the version it wrote.
        KeptRepliesMark? marked = await tables.UserRecords.ChangeAsync<KeptRepliesMark>(
            partition,
            TableDialogStateStore.RowKey,
            state =>
            {
                if (state is null)
                {
                    return null;
                }

                state.RepliesKeptAt = now;
                return state;
            },
            _markSteps,
            cancellationToken).ConfigureAwait(false);
        if (marked is null)
        {
            // No conversation to continue (its data was just deleted, say): only this instance, which remembers the user, looks.
            Log.NoStateToMark(logger);
        }
    }

    /// <summary>A reply longer than one string property is cut there (Teams' own limit on a message is far smaller).</summary>
    private static string Fit(string text) =>
        text.Length <= TableEntityRules.MaxStringLength ? text : string.Concat(text.AsSpan(0, TableEntityRules.MaxStringLength - 1), "…");

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "{Count} undelivered reply(ies) could not be kept for the next turn: storage failed ({ExceptionType}, status {Status})")]
        public static partial void KeepFailed(ILogger logger, int count, string exceptionType, int status);

        [LoggerMessage(2, LogLevel.Warning, "Kept replies not taken this turn: storage failed ({ExceptionType}, status {Status}); the next turn tries again")]
        public static partial void TakeFailed(ILogger logger, string exceptionType, int status);

        [LoggerMessage(4, LogLevel.Warning, "Replies kept, but trimming or marking the conversation's state failed ({ExceptionType}, status {Status}); only this instance will offer them")]
        public static partial void MarkFailed(ILogger logger, string exceptionType, int status);

        [LoggerMessage(3, LogLevel.Information, "Replies kept, but the conversation has no state to mark (or kept changing); only this instance will offer them")]
        public static partial void NoStateToMark(ILogger logger);
    }
}
