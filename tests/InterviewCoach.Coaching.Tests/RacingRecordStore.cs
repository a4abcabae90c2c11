using System.Text.Json.Serialization.Metadata;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Tests;

/// <summary>
/// Wraps a store so that the next conditional saves of one kind lose a race: just before each, <see cref="Interloper"/>
/// writes the record (as another device would), so the save's ETag is stale.
/// </summary>
internal sealed class RacingRecordStore(IUserRecordStore inner) : IUserRecordStore
{
    public string? RacingKind { get; set; }

    public int RacesLeft { get; set; }

    public Func<IUserRecordStore, Task>? Interloper { get; set; }

    public ValueTask<StoredRecord<T>?> GetAsync<T>(string userKey, string kind, string id, JsonTypeInfo<T> type, CancellationToken cancellationToken = default) =>
        inner.GetAsync(userKey, kind, id, type, cancellationToken);

    public ValueTask<IReadOnlyList<StoredRecord<T>>> ListAsync<T>(string userKey, string kind, JsonTypeInfo<T> type, CancellationToken cancellationToken = default) =>
        inner.ListAsync(userKey, kind, type, cancellationToken);

    public async ValueTask<string> SaveAsync<T>(string userKey, string kind, string id, T value, JsonTypeInfo<T> type, string? expectedETag, CancellationToken cancellationToken = default)
    {
        if (kind == RacingKind && RacesLeft > 0 && expectedETag is not null && Interloper is not null)
        {
            RacesLeft--;
            await Interloper(inner);
        }

        return await inner.SaveAsync(userKey, kind, id, value, type, expectedETag, cancellationToken);
    }

    public ValueTask DeleteAsync(string userKey, string kind, string id, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(userKey, kind, id, cancellationToken);

    public ValueTask<IReadOnlyList<ExportedRecord>> ExportAllAsync(string userKey, CancellationToken cancellationToken = default) =>
        inner.ExportAllAsync(userKey, cancellationToken);

    public ValueTask<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken = default) =>
        inner.DeleteAllAsync(userKey, cancellationToken);
}
