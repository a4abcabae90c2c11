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
/// <remarks>
/// The user's dialog state shares the partition (<see cref="TableDialogStateStore"/>, a RowKey without a dot), so
/// during a turn a save is held back and sent with the state write in one transaction (<see cref="TurnRecordWrites"/>);
/// reads in the turn see what it holds. Listing, export and erasure leave the state row to its own store.
/// </remarks>
internal sealed class TableUserRecordStore(CoachTables tables) : IUserRecordStore
{
    private const char Separator = '.';

    private TableClient Table => tables.UserRecords;

    public async ValueTask<StoredRecord<T>?> GetAsync<T>(string userKey, string kind, string id, JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
    {
        string partition = Partition(userKey);
        string row = RowKey(kind, id);
        if (TurnRecordWrites.For(userKey)?.Find(row) is { } held)
        {
            return ToRecord(held, id, type);
        }

        JsonDocumentEntity? entity = await Table.FindEntityAsync<JsonDocumentEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null ? null : ToRecord(entity, id, type);
    }

    public async ValueTask<IReadOnlyList<StoredRecord<T>>> ListAsync<T>(string userKey, string kind, JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
    {
        UserRecordKinds.Validate(kind, "x");
        string from = kind + Separator;
        string to = kind + (char)(Separator + 1);
        string partition = Partition(userKey);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        var records = new List<StoredRecord<T>>();
        await foreach (JsonDocumentEntity entity in Table.QueryAsync<JsonDocumentEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(ToRecord(entity, entity.RowKey[from.Length..], type));
        }

        if (TurnRecordWrites.For(userKey)?.FindAll(from) is { Count: > 0 } held)
        {
            // The turn's own saves replace what is stored, in RowKey order as the service lists them.
            foreach (TurnRecordWrites.HeldRecord record in held)
            {
                string id = record.Entity.RowKey[from.Length..];
                records.RemoveAll(r => string.Equals(r.Id, id, StringComparison.Ordinal));
                records.Add(ToRecord(record, id, type));
            }

            records.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        }

        return records;
    }

    public async ValueTask<string> SaveAsync<T>(string userKey, string kind, string id, T value, JsonTypeInfo<T> type, string? expectedETag, CancellationToken cancellationToken = default)
    {
        string partition = Partition(userKey);
        string json = JsonSerializer.Serialize(value, type);
        TableEntity entity = JsonDocumentEntity.Split(partition, RowKey(kind, id), json).ToWrite();
        if (TurnRecordWrites.For(userKey) is { } turn)
        {
            if (expectedETag == IUserRecordStore.AnyETag)
            {
                turn.Drop(entity.RowKey);
            }
            else
            {
                // Refused now if it could never be stored, as a direct write would be, not when the turn ends.
                TableEntityRules.EnsureFits(entity);
                if (turn.TryHold(entity, json, expectedETag, () => new UserRecordConflictException($"The {kind} record changed since it was read.")) is { } tag)
                {
                    return tag;
                }
            }
        }

        if (expectedETag is not null && TurnRecordWrites.IsHeldTag(expectedETag))
        {
            // A tag from a held save that is no longer held (its turn dropped it): stale, like any old ETag.
            throw new UserRecordConflictException($"The {kind} record changed since it was read.");
        }

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

    public async ValueTask DeleteAsync(string userKey, string kind, string id, CancellationToken cancellationToken = default)
    {
        string partition = Partition(userKey);
        string row = RowKey(kind, id);
        TurnRecordWrites.For(userKey)?.Drop(row);
        await Table.DeleteEntityAsync(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<ExportedRecord>> ExportAllAsync(string userKey, CancellationToken cancellationToken = default)
    {
        string partition = Partition(userKey);
        List<TurnRecordWrites.HeldRecord> held = TurnRecordWrites.For(userKey)?.FindAll(string.Empty) ?? [];
        var records = new List<ExportedRecord>();
        await foreach (JsonDocumentEntity entity in QueryPartition(partition, cancellationToken).ConfigureAwait(false))
        {
            if (IsRecord(entity.RowKey) && !held.Exists(h => h.Entity.RowKey == entity.RowKey))
            {
                records.Add(ToExported(entity.RowKey, entity.Join(), entity.Timestamp));
            }
        }

        records.AddRange(held.Select(h => ToExported(h.Entity.RowKey, h.Json, null)));
        return records;
    }

    public async ValueTask<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken = default)
    {
        string partition = Partition(userKey);
        TurnRecordWrites.For(userKey)?.Clear();

        // The dialog state's row stays: the turn erasing the data is writing it (and its store deletes it after).
        return await Table.DeletePartitionAsync(partition, IsRecord, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether a row of the partition is a record (<c>{kind}.{id}</c>), not the dialog state.</summary>
    private static bool IsRecord(string rowKey) => rowKey.Contains(Separator, StringComparison.Ordinal);

    private static ExportedRecord ToExported(string rowKey, string json, DateTimeOffset? updated)
    {
        int separator = rowKey.IndexOf(Separator, StringComparison.Ordinal);
        return new ExportedRecord(rowKey[..separator], rowKey[(separator + 1)..], json, updated);
    }

    /// <summary>The explicit opt-out (<see cref="IUserRecordStore.AnyETag"/>), for seeding and tools: the coach's own flows never use it.</summary>
    private Task<Response> OverwriteAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        TableEntityRules.EnsureFits(entity);
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private AsyncPageable<JsonDocumentEntity> QueryPartition(string partition, CancellationToken cancellationToken) =>
        Table.QueryAsync<JsonDocumentEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken);

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

    private static StoredRecord<T> ToRecord<T>(TurnRecordWrites.HeldRecord held, string id, JsonTypeInfo<T> type) =>
        new(id, JsonSerializer.Deserialize(held.Json, type) ?? throw new JsonException($"The held record {held.Entity.RowKey} is empty."), held.Tag);

    private static StoredRecord<T> ToRecord<T>(JsonDocumentEntity entity, string id, JsonTypeInfo<T> type) =>
        new(id, JsonSerializer.Deserialize(entity.Join(), type) ?? throw new JsonException($"The stored record {entity.RowKey} is empty."), entity.ETag.ToString());
}
