using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// The one read → change → conditional write → re-read loop every store uses to change an entity other writers may
/// change too. The write is an insert when nothing was read and a Replace on the ETag read otherwise, so it never
/// overwrites a version it did not see; a lost race (409 on the insert, 412 or 404 on the replace) reads again and
/// applies the change to what is there now, at most <see cref="MaxAttempts"/> times in all.
/// </summary>
/// <remarks>
/// After the last lost race the service's own <see cref="RequestFailedException"/> is thrown (see
/// <see cref="IsLostRace"/>): callers on a turn treat it like any storage failure, background callers log and move on.
/// </remarks>
internal static class ConditionalWrite
{
    /// <summary>
    /// Attempts per change. Two writers racing on one entity settle in two; five leaves room for a burst (three
    /// instances' dispatchers and the user's own turn on one reminder) without spinning on a hot row.
    /// </summary>
    public const int MaxAttempts = 5;

    /// <summary>Whether the failure means another writer got there first (rather than storage failing).</summary>
    public static bool IsLostRace(RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status is 404 or 409 or 412;
    }

    /// <summary>
    /// Reads the entity, applies <paramref name="change"/> (given null when there is none; returning null writes
    /// nothing) and writes the result conditionally. Returns what was written, with its new ETag, or null.
    /// <paramref name="change"/> is called once per attempt with a fresh read, and may change and return the entity it is given.
    /// </summary>
    public static Task<T?> ChangeAsync<T>(this TableClient table, string partitionKey, string rowKey, Func<T?, T?> change, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new() =>
        ChangeAsync(table, partitionKey, rowKey, change, new ConditionalWriteSteps<T>(), cancellationToken);

    /// <summary>
    /// <see cref="ChangeAsync{T}(TableClient, string, string, Func{T, T}, CancellationToken)"/> with <paramref name="steps"/>
    /// where the default read and write do not fit: a known first version, a narrower read, a custom write.
    /// </summary>
    public static async Task<T?> ChangeAsync<T>(this TableClient table, string partitionKey, string rowKey, Func<T?, T?> change, ConditionalWriteSteps<T> steps, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(steps);
        for (int attempt = 1; ; attempt++)
        {
            T? current;
            if (attempt == 1 && steps.Known is { } known)
            {
                current = known.ETag == default ? null : known;
            }
            else
            {
                NullableResponse<T> read = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, steps.Select, cancellationToken).ConfigureAwait(false);
                current = read.HasValue ? read.Value : null;
            }

            ETag readETag = current?.ETag ?? default;
            T? next = change(current);
            if (next is null)
            {
                return null;
            }

            next.PartitionKey = partitionKey;
            next.RowKey = rowKey;
            next.ETag = readETag;
            TableEntityRules.EnsureFits(next);
            try
            {
                Response response = steps.Write is { } write
                    ? await write(next, cancellationToken).ConfigureAwait(false)
                    : readETag == default
                        ? await table.AddEntityAsync(next, cancellationToken).ConfigureAwait(false)
                        : await table.UpdateEntityAsync(next, readETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                next.ETag = response.Headers.ETag ?? default;
                return next;
            }
            catch (RequestFailedException ex) when (IsLostRace(ex) && attempt < MaxAttempts)
            {
                // Another writer got there first: read what it wrote and apply the change to that.
            }
        }
    }
}

/// <summary>How <see cref="ConditionalWrite.ChangeAsync{T}(TableClient, string, string, Func{T, T}, ConditionalWriteSteps{T}, CancellationToken)"/> reads and writes, where the defaults do not fit.</summary>
internal sealed record ConditionalWriteSteps<T>
    where T : class, ITableEntity
{
    /// <summary>
    /// The version the caller already holds, used instead of the first read (an entity whose ETag is default means
    /// "known to be absent": the first write is an insert). A lost race reads as usual.
    /// </summary>
    public T? Known { get; init; }

    /// <summary>The properties to read, when the change needs only a few of a large entity.</summary>
    public IReadOnlyList<string>? Select { get; init; }

    /// <summary>
    /// Writes the changed entity, whose <see cref="ITableEntity.ETag"/> is the version read (default: none was).
    /// It must be conditional on that ETag (an insert when default) and throw the service's exception on a lost race.
    /// </summary>
    public Func<T, CancellationToken, Task<Response>>? Write { get; init; }
}
