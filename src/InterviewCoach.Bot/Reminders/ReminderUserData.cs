using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Bot.Reminders;

/// <summary>A user's reminders and reminder settings, exported or erased on request ("export my data", "delete my data").</summary>
internal sealed class ReminderUserData(CoachTables tables)
{
    public async Task<IReadOnlyList<ExportedRecord>> ExportAsync(string userKey, CancellationToken cancellationToken)
    {
        var records = new List<ExportedRecord>();
        await foreach (TableEntity entity in tables.Reminders.QueryAsync<TableEntity>(UserFilter(userKey), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(new ExportedRecord("reminder", entity.RowKey, ToJson(entity), entity.Timestamp));
        }

        await foreach (TableEntity entity in tables.ReminderUsers.QueryAsync<TableEntity>(UserFilter(userKey), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(new ExportedRecord("reminder-settings", entity.RowKey, ToJson(entity), entity.Timestamp));
        }

        return records;
    }

    /// <summary>Deletes the user's reminders, their due-index rows (including any orphaned ones) and settings; returns how many entities went.</summary>
    public async Task<int> EraseAsync(string userKey, CancellationToken cancellationToken)
    {
        int removed = 0;
        string shard = ReminderKeys.Shard(userKey);
        await foreach (TableEntity row in tables.ReminderDue.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {shard} and UserKey eq {userKey}"), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await tables.ReminderDue.DeleteEntityAsync(shard, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            removed++;
        }

        removed += await tables.Reminders.DeletePartitionAsync(ReminderKeys.UserPartition(userKey), cancellationToken).ConfigureAwait(false);
        removed += await tables.ReminderUsers.DeletePartitionAsync(ReminderKeys.UserPartition(userKey), cancellationToken).ConfigureAwait(false);
        return removed;
    }

    private static string UserFilter(string userKey) => TableClient.CreateQueryFilter($"PartitionKey eq {ReminderKeys.UserPartition(userKey)}");

    /// <summary>
    /// The stored properties as the user's own data: without the keys, timestamp, ETag and type annotations the
    /// package's <see cref="TableEntity"/> carries in the same bag (storage bookkeeping, not the user's).
    /// </summary>
    private static string ToJson(TableEntity entity) => System.Text.Json.JsonSerializer.Serialize(
        entity.Where(p => p.Value is not null && !IsBookkeeping(p.Key))
            .ToDictionary(p => p.Key, p => p.Value is byte[] bytes ? Convert.ToBase64String(bytes) : p.Value));

    private static bool IsBookkeeping(string name) =>
        name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag" or "odata.etag" || name.Contains("@odata.", StringComparison.Ordinal);
}
