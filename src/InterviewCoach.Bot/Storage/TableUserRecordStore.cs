using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure;
using Azure.Data.Tables;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// The coach's per-user records on Table Storage: one partition per user (so no query can cross users), one entity
/// per record with RowKey <c>{kind}.{id}</c>, the record as JSON, every save conditional on its ETag.
/// </summary>
internal sealed class TableUserRecordStore(CoachTables tables) : IUserRecordStore
{
    private const char Separator = '.';

    private TableClient Table => tables.UserRecords;

    public async ValueTask<StoredRecord<T>?> GetAsync<T>(string userKey, string kind, string id, JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
    {
        JsonDocumentEntity? entity = await Table.FindEntityAsync<JsonDocumentEntity>(Partition(userKey), RowKey(kind, id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : ToRecord(entity, id, type);
    }

    public async ValueTask<IReadOnlyList<StoredRecord<T>>> ListAsync<T>(string userKey, string kind, JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
    {
        UserRecordKinds.Validate(kind, "x");
        string from = kind + Separator;
        string to = kind + (char)(Separator + 1);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(userKey)} and RowKey ge {from} and RowKey lt {to}");
        var records = new List<StoredRecord<T>>();
        await foreach (JsonDocumentEntity entity in Table.QueryAsync<JsonDocumentEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(ToRecord(entity, entity.RowKey[from.Length..], type));
        }

        return records;
    }

    public async ValueTask<string> SaveAsync<T>(string userKey, string kind, string id, T value, JsonTypeInfo<T> type, string? expectedETag, CancellationToken cancellationToken = default)
    {
        TableEntity entity = JsonDocumentEntity.Split(Partition(userKey), RowKey(kind, id), JsonSerializer.Serialize(value, type)).ToWrite();
        try
        {
            Response response = expectedETag switch
            {
                null => await Table.InsertAsync(entity, cancellationToken).ConfigureAwait(false),
                IUserRecordStore.AnyETag => await OverwriteAsync(entity, cancellationToken).ConfigureAwait(false),
                _ => await Table.ReplaceAsync(entity, new ETag(expectedETag), cancellationToken).ConfigureAwait(false),
            };
            return response.Headers.ETag?.ToString() ?? throw new RequestFailedException(response.Status, "The Table service returned no ETag for a write.");
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 404 && expectedETag is not null))
        {
            throw new UserRecordConflictException($"The {kind} record changed since it was read.", ex);
        }
    }

    public async ValueTask DeleteAsync(string userKey, string kind, string id, CancellationToken cancellationToken = default) =>
        await Table.DeleteEntityAsync(Partition(userKey), RowKey(kind, id), cancellationToken: cancellationToken).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<ExportedRecord>> ExportAllAsync(string userKey, CancellationToken cancellationToken = default)
    {
        var records = new List<ExportedRecord>();
        await foreach (JsonDocumentEntity entity in QueryPartition(userKey, cancellationToken).ConfigureAwait(false))
        {
            int separator = entity.RowKey.IndexOf(Separator, StringComparison.Ordinal);
            records.Add(new ExportedRecord(entity.RowKey[..separator], entity.RowKey[(separator + 1)..], entity.Join(), entity.Timestamp));
        }

        return records;
    }

    public async ValueTask<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken = default) =>
        await Table.DeletePartitionAsync(Partition(userKey), cancellationToken).ConfigureAwait(false);

    /// <summary>The explicit opt-out (<see cref="IUserRecordStore.AnyETag"/>), for seeding and tools: the coach's own flows never use it.</summary>
    private Task<Response> OverwriteAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        TableEntityRules.EnsureFits(entity);
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private AsyncPageable<JsonDocumentEntity> QueryPartition(string userKey, CancellationToken cancellationToken) =>
        Table.QueryAsync<JsonDocumentEntity>(PartitionFilter(userKey), cancellationToken: cancellationToken);

    private static string PartitionFilter(string userKey) => TableClient.CreateQueryFilter($"PartitionKey eq {Partition(userKey)}");

    private static string Partition(string userKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        return TableKey.Encode(userKey);
    }

    private static string RowKey(string kind, string id)
    {
        UserRecordKinds.Validate(kind, id);
        return kind + Separator + id;
    }

    private static StoredRecord<T> ToRecord<T>(JsonDocumentEntity entity, string id, JsonTypeInfo<T> type) =>
        new(id, JsonSerializer.Deserialize(entity.Join(), type) ?? throw new JsonException($"The stored record {entity.RowKey} is empty."), entity.ETag.ToString());
}
