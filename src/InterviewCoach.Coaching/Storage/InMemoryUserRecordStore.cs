using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace InterviewCoach.Coaching.Storage;

/// <summary>A thread-safe in-process <see cref="IUserRecordStore"/> with the same ETag rules as the table-backed one, for tests.</summary>
public sealed class InMemoryUserRecordStore(TimeProvider? time = null) : IUserRecordStore
{
    private readonly ConcurrentDictionary<(string User, string Kind, string Id), Entry> _records = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private long _version;

    private sealed record Entry(string Json, string ETag, DateTimeOffset UpdatedAt);

    public int Count => _records.Count;

    public ValueTask<StoredRecord<T>?> GetAsync<T>(string userKey, string kind, string id, JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
    {
        UserRecordKinds.Validate(kind, id);
        return ValueTask.FromResult(_records.TryGetValue((userKey, kind, id), out Entry? entry)
            ? new StoredRecord<T>(id, JsonSerializer.Deserialize(entry.Json, type)!, entry.ETag)
            : null);
    }

    public ValueTask<IReadOnlyList<StoredRecord<T>>> ListAsync<T>(string userKey, string kind, JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<StoredRecord<T>> list = _records
            .Where(pair => pair.Key.User == userKey && pair.Key.Kind == kind)
            .OrderBy(pair => pair.Key.Id, StringComparer.Ordinal)
            .Select(pair => new StoredRecord<T>(pair.Key.Id, JsonSerializer.Deserialize(pair.Value.Json, type)!, pair.Value.ETag))
            .ToList();
        return ValueTask.FromResult(list);
    }

    public ValueTask<string> SaveAsync<T>(string userKey, string kind, string id, T value, JsonTypeInfo<T> type, string? expectedETag, CancellationToken cancellationToken = default)
    {
        UserRecordKinds.Validate(kind, id);
        string etag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        var next = new Entry(JsonSerializer.Serialize(value, type), etag, _time.GetUtcNow());
        var key = (userKey, kind, id);
        if (expectedETag is null)
        {
            if (!_records.TryAdd(key, next))
            {
                throw new UserRecordConflictException($"A {kind} with id {id} already exists.");
            }
        }
        else if (expectedETag == IUserRecordStore.AnyETag)
        {
            _records[key] = next;
        }
        else if (!_records.TryGetValue(key, out Entry? current) || current.ETag != expectedETag || !_records.TryUpdate(key, next, current))
        {
            throw new UserRecordConflictException();
        }

        return ValueTask.FromResult(etag);
    }

    public ValueTask DeleteAsync(string userKey, string kind, string id, CancellationToken cancellationToken = default)
    {
        _records.TryRemove((userKey, kind, id), out _);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<ExportedRecord>> ExportAllAsync(string userKey, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ExportedRecord> list = _records
            .Where(pair => pair.Key.User == userKey)
            .OrderBy(pair => pair.Key.Kind, StringComparer.Ordinal).ThenBy(pair => pair.Key.Id, StringComparer.Ordinal)
            .Select(pair => new ExportedRecord(pair.Key.Kind, pair.Key.Id, pair.Value.Json, pair.Value.UpdatedAt))
            .ToList();
        return ValueTask.FromResult(list);
    }

    public ValueTask<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken = default)
    {
        int removed = 0;
        foreach (var key in _records.Keys.Where(k => k.User == userKey).ToList())
        {
            if (_records.TryRemove(key, out _))
            {
                removed++;
            }
        }

        return ValueTask.FromResult(removed);
    }
}
