using Azure;

namespace InterviewCoach.Bot.Storage;

/// <summary>Operations the stores share that Azure.Data.Tables does not offer in one call.</summary>
public static class TableClientExtensions
{
    /// <summary>Deletes every entity of one partition, 100 per entity group transaction; returns how many went.</summary>
    public static async Task<int> DeletePartitionAsync(this TableClient table, string partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<string>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(entity.RowKey);
        }

        foreach (string[] chunk in rows.Chunk(TableBatchBuilder.MaxOperations))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, row), ETag.All)),
                cancellationToken).ConfigureAwait(false);
        }

        return rows.Count;
    }
}
