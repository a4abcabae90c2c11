using System.Text.Json.Serialization.Metadata;

namespace InterviewCoach.Coaching.Storage;

/// <summary>
/// Read, change and save one record conditionally on the ETag that was read. When another write got in first the
/// record is read again and the same change is applied to the fresh copy once more; a second conflict is reported.
/// </summary>
internal static class RecordUpdater
{
    /// <summary>
    /// Applies <paramref name="change"/> (given the stored value, or null when there is none) and saves the result;
    /// a change that returns null saves nothing and reports <see cref="RecordUpdateStatus.Missing"/>. With
    /// <paramref name="knownAbsent"/> (the caller read it earlier in the flow and found none) the first attempt skips
    /// the read and inserts; if the record appeared meanwhile the insert conflicts and the usual read-and-retry runs.
    /// </summary>
    public static async ValueTask<RecordUpdate<T>> UpdateAsync<T>(
        IUserRecordStore store,
        string userKey,
        string kind,
        string id,
        JsonTypeInfo<T> type,
        Func<T?, T?> change,
        CancellationToken cancellationToken,
        bool knownAbsent = false)
        where T : class
    {
        for (int attempt = 1; attempt <= 2; attempt++)
        {
            StoredRecord<T>? current = attempt == 1 && knownAbsent
                ? null
                : await store.GetAsync(userKey, kind, id, type, cancellationToken).ConfigureAwait(false);
            T? next = change(current?.Value);
            if (next is null)
            {
                return new RecordUpdate<T>(RecordUpdateStatus.Missing, null);
            }

            try
            {
                await store.SaveAsync(userKey, kind, id, next, type, current?.ETag, cancellationToken).ConfigureAwait(false);
                return new RecordUpdate<T>(attempt == 1 ? RecordUpdateStatus.Saved : RecordUpdateStatus.SavedAfterRetry, next);
            }
            catch (UserRecordConflictException) when (attempt == 1)
            {
                // Someone else saved first (another device, a parallel turn): read their version and apply ours on top.
            }
            catch (UserRecordConflictException)
            {
                break;
            }
        }

        return new RecordUpdate<T>(RecordUpdateStatus.Conflict, null);
    }
}
