using System.Text.Json.Serialization.Metadata;

namespace InterviewCoach.Coaching.Storage;

/// <summary>
/// Everything the coach keeps about one user (profile, contacts, practice attempts, question lists, debriefs...):
/// typed records, partitioned by user so no read can cross users, each written conditionally on its ETag.
/// </summary>
/// <remarks>
/// The host implements this on Azure Table Storage (one partition per user); tests use <see cref="InMemoryUserRecordStore"/>.
/// A record is addressed by (user key, kind, id); kinds are listed in <see cref="UserRecordKinds"/>.
/// </remarks>
public interface IUserRecordStore
{
    /// <summary>Reads one record, or <see langword="null"/> when there is none.</summary>
    ValueTask<StoredRecord<T>?> GetAsync<T>(string userKey, string kind, string id, JsonTypeInfo<T> type, CancellationToken cancellationToken = default);

    /// <summary>Lists every record of one kind for the user, ordered by id.</summary>
    ValueTask<IReadOnlyList<StoredRecord<T>>> ListAsync<T>(string userKey, string kind, JsonTypeInfo<T> type, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a record. <paramref name="expectedETag"/>: <see langword="null"/> creates (fails if it exists),
    /// <see cref="AnyETag"/> overwrites whatever is stored, any other value replaces only that version.
    /// </summary>
    /// <returns>The new ETag.</returns>
    /// <exception cref="UserRecordConflictException">The record exists (create) or changed since it was read.</exception>
    ValueTask<string> SaveAsync<T>(string userKey, string kind, string id, T value, JsonTypeInfo<T> type, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Deletes one record; a missing record is not an error.</summary>
    ValueTask DeleteAsync(string userKey, string kind, string id, CancellationToken cancellationToken = default);

    /// <summary>Every record of the user, as stored JSON, for "export my data".</summary>
    ValueTask<IReadOnlyList<ExportedRecord>> ExportAllAsync(string userKey, CancellationToken cancellationToken = default);

    /// <summary>Deletes every record of the user; returns how many were removed.</summary>
    ValueTask<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken = default);

    /// <summary>The ETag meaning "whatever version is stored".</summary>
    const string AnyETag = "*";
}
