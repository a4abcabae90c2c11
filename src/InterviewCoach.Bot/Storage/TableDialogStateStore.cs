using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Dialog state on Table Storage: one entity per conversation (RowKey <see cref="RowKey"/>) in the user-records table,
/// in the partition of the conversation key, which is the user's records' partition too. So the record saves a turn
/// makes are held back (<see cref="TurnRecordWrites"/>) and sent with its state in one entity group transaction: one
/// round trip, all or nothing. Every write is conditional on the ETag read.
/// </summary>
/// <remarks>
/// State written before it moved here is read from the old dialog-state table when none is found here, and written here
/// (an insert, so a race with another instance still conflicts). A read that finds the mark of kept replies
/// (<see cref="JsonDocumentEntity.RepliesKeptAt"/>) tells <see cref="UndeliveredReplies"/>.
/// </remarks>
internal sealed class TableDialogStateStore(CoachTables tables, UndeliveredReplies? undelivered = null) : IDialogStateStore
{
    /// <summary>The state's RowKey: without a dot, so it is never a record's (<c>{kind}.{id}</c>).</summary>
    internal const string RowKey = "dialog";

    // A transaction's body is at most 4 MiB; JSON is UTF-16 here and up to 3 UTF-8 bytes a character on the wire.
    private const int MaxTransactionCharacters = 1_000_000;

    // Marks state read from the old table: written here as an insert, never on that entity's ETag.
    private const string OldTablePrefix = "old-table:";

    private TableClient Table => tables.UserRecords;

    public void BeginTurnAttempt(string conversationKey) => TurnRecordWrites.Begin(conversationKey);

    public bool HasPendingWrites(string conversationKey) => TurnRecordWrites.For(conversationKey)?.Any == true;

    public async ValueTask<StoredDialogState?> ReadAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        // What the turn does from here rests on what is stored, not on a first turn's guess.
        FirstTurnGuess.StateRead();
        string partition = TableKey.Encode(conversationKey);
        JsonDocumentEntity? entity = await Table.FindEntityAsync<JsonDocumentEntity>(partition, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        string tagPrefix = string.Empty;
        if (entity is null)
        {
            entity = await tables.OldDialogState.FindEntityAsync<JsonDocumentEntity>(partition, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            tagPrefix = OldTablePrefix;
        }

        if (entity?.RepliesKeptAt is not null)
        {
            undelivered?.Notice(conversationKey);
        }

        return entity is null ? null : new StoredDialogState(entity.Join(), tagPrefix + entity.ETag.ToString());
    }

    public async ValueTask<string> WriteAsync(string conversationKey, string stateJson, string? expectedETag, CancellationToken cancellationToken = default)
    {
        string partition = TableKey.Encode(conversationKey);
        TableEntity state = JsonDocumentEntity.Split(partition, RowKey, stateJson).ToWrite();
        string? ifMatch = expectedETag is null || expectedETag.StartsWith(OldTablePrefix, StringComparison.Ordinal) ? null : expectedETag;
        List<TurnRecordWrites.HeldRecord> held = TurnRecordWrites.For(conversationKey)?.Take() ?? [];
        try
        {
            Response response = held.Count == 0
                ? await WriteStateAsync(state, ifMatch, cancellationToken).ConfigureAwait(false)
                : await WriteWithRecordsAsync(state, stateJson.Length, ifMatch, held, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new RequestFailedException(response.Status, "The Table service returned no ETag for a write.");
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && (ifMatch is not null || held.Count > 0)))
        {
            if (ex is not TableTransactionFailedException { FailedTransactionActionIndex: 0 } && held.Count > 0)
            {
                // A record (or, row by row, possibly one) lost: see TurnRecordWrites.Begin.
                TurnRecordWrites.RecordLost();
            }

            throw new DialogStateConflictException("Another turn changed this conversation, or a record it saved, first.", ex);
        }
    }

    public async ValueTask DeleteAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        string partition = TableKey.Encode(conversationKey);
        await Table.DeleteEntityAsync(partition, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        await tables.OldDialogState.DeleteEntityAsync(partition, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<Response> WriteStateAsync(TableEntity state, string? ifMatch, CancellationToken cancellationToken)
    {
        // Only the state: a first turn run on a guess may send it before the guess is confirmed.
        using (FirstTurnGuess.WritingState())
        {
            return ifMatch is null
                ? await Table.InsertAsync(state, cancellationToken).ConfigureAwait(false)
                : await Table.ReplaceAsync(state, new ETag(ifMatch), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The state and the records the turn saved, in one transaction; row by row (records first) when too large for one.</summary>
    private async Task<Response> WriteWithRecordsAsync(TableEntity state, int stateCharacters, string? ifMatch, List<TurnRecordWrites.HeldRecord> held, CancellationToken cancellationToken)
    {
        if (stateCharacters + held.Sum(h => h.Json.Length) > MaxTransactionCharacters)
        {
            foreach (TurnRecordWrites.HeldRecord record in held)
            {
                _ = record.ExpectedETag is null
                    ? await Table.InsertAsync(record.Entity, cancellationToken).ConfigureAwait(false)
                    : await Table.ReplaceAsync(record.Entity, new ETag(record.ExpectedETag), cancellationToken).ConfigureAwait(false);
            }

            return ifMatch is null
                ? await Table.InsertAsync(state, cancellationToken).ConfigureAwait(false)
                : await Table.ReplaceAsync(state, new ETag(ifMatch), cancellationToken).ConfigureAwait(false);
        }

        var actions = new List<TableTransactionAction>(held.Count + 1) { Action(state, ifMatch) };
        // The records were checked against the service's limits when they were held; the state is checked here.
        actions.AddRange(held.Select(record => Action(record.Entity, record.ExpectedETag)));
        TableEntityRules.EnsureFits(state);
        Response<IReadOnlyList<Response>> responses = await Table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        return responses.Value[0];

        // Every action conditional: an insert, or a replace on the ETag read (an update without one would overwrite).
        static TableTransactionAction Action(TableEntity entity, string? eTag) => eTag is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(eTag));
    }
}
