using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Storage;

/// <summary>Operations the stores share that Azure.Data.Tables does not offer in one call.</summary>
internal static class TableClientExtensions
{
    /// <summary>Operations one entity group transaction may hold.</summary>
    public const int MaxTransactionActions = 100;

    /// <summary>One cheap authenticated round trip (list at most one table): proves the service answers and accepts our credentials.</summary>
    public static async Task PingAsync(this TableServiceClient service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        await foreach (Page<Azure.Data.Tables.Models.TableItem> page in service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1).ConfigureAwait(false))
        {
            _ = page;
            return;
        }
    }

    /// <summary>Reads one entity, or null when there is none (the package's <c>GetEntityIfExistsAsync</c> answers a <see cref="NullableResponse{T}"/>).</summary>
    public static async Task<T?> FindEntityAsync<T>(this TableClient table, string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        NullableResponse<T> response = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Inserts an entity after checking it against the service's limits (<see cref="TableEntityRules.EnsureFits"/>); 409 when it exists.</summary>
    public static Task<Response> InsertAsync<T>(this TableClient table, T entity, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        TableEntityRules.EnsureFits(entity);
        return table.AddEntityAsync(entity, cancellationToken);
    }

    /// <summary>Replaces an entity only if its ETag is still <paramref name="ifMatch"/> (a real ETag: <see cref="ETag.All"/> is refused), after checking the service's limits.</summary>
    public static Task<Response> ReplaceAsync<T>(this TableClient table, T entity, ETag ifMatch, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        if (ifMatch == default || ifMatch == ETag.All)
        {
            throw new ArgumentException("A replace needs the ETag that was read; every write here is conditional.", nameof(ifMatch));
        }

        TableEntityRules.EnsureFits(entity);
        return table.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Deletes every entity of one partition, 100 per entity group transaction; returns how many went.</summary>
    /// <remarks>Deletes by key with <c>*</c>: erasing a user's data must not stop at a row changed meanwhile.</remarks>
    public static Task<int> DeletePartitionAsync(this TableClient table, string partitionKey, CancellationToken cancellationToken = default) =>
        DeletePartitionAsync(table, partitionKey, static _ => true, cancellationToken);

    /// <summary>Deletes the entities of one partition whose RowKey <paramref name="deletes"/> picks, 100 per transaction; returns how many went.</summary>
    public static async Task<int> DeletePartitionAsync(this TableClient table, string partitionKey, Func<string, bool> deletes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(deletes);
        var rows = new List<string>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (deletes(entity.RowKey))
            {
                rows.Add(entity.RowKey);
            }
        }

        // Chunk never yields an empty chunk, and the package throws on an empty transaction.
        foreach (string[] chunk in rows.Chunk(MaxTransactionActions))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, row), ETag.All)),
                cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }
}
