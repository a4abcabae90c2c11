using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Dialog state on Table Storage: one entity per conversation, partitioned by the conversation key (which the
/// channel adapters build from channel, tenant/team and user). Writes are conditional on the ETag read.
/// </summary>
/// <remarks>A read that finds the mark of kept replies (<see cref="JsonDocumentEntity.RepliesKeptAt"/>) tells <see cref="UndeliveredReplies"/>.</remarks>
internal sealed class TableDialogStateStore(CoachTables tables, UndeliveredReplies? undelivered = null) : IDialogStateStore
{
    internal const string RowKey = "dialog";

    public async ValueTask<StoredDialogState?> ReadAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        JsonDocumentEntity? entity = await tables.DialogState
            .FindEntityAsync<JsonDocumentEntity>(TableKey.Encode(conversationKey), RowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (entity?.RepliesKeptAt is not null)
        {
            undelivered?.Notice(conversationKey);
        }

        return entity is null ? null : new StoredDialogState(entity.Join(), entity.ETag.ToString());
    }

    public async ValueTask<string> WriteAsync(string conversationKey, string stateJson, string? expectedETag, CancellationToken cancellationToken = default)
    {
        TableEntity entity = JsonDocumentEntity.Split(TableKey.Encode(conversationKey), RowKey, stateJson).ToWrite();
        try
        {
            Response response = expectedETag is null
                ? await tables.DialogState.InsertAsync(entity, cancellationToken).ConfigureAwait(false)
                : await tables.DialogState.ReplaceAsync(entity, new ETag(expectedETag), cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new RequestFailedException(response.Status, "The Table service returned no ETag for a write.");
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && expectedETag is not null))
        {
            throw new DialogStateConflictException("Another turn changed this conversation first.", ex);
        }
    }

    public async ValueTask DeleteAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        await tables.DialogState.DeleteEntityAsync(TableKey.Encode(conversationKey), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
}
