using System.Security.Cryptography;
using System.Text;
using Azure;
using InterviewCoach.Bot.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Drops redelivered activities (Teams retries a POST the bot did not answer within 15 s). The first instance to
/// insert the activity's entity owns it; any instance that gets 409 knows it is a duplicate. A small in-memory cache of
/// this instance's own claims answers repeats here without a request. If storage is down the activity is handled (a possible
/// duplicate beats a lost message). <see cref="ActivityIdCleanupService"/> deletes entities older than the window.
/// </summary>
public sealed partial class ActivityDeduplicator(CoachTables tables, TimeProvider time, IOptions<TeamsOptions> options, ILogger<ActivityDeduplicator> logger) : IDisposable
{
    public const string ReceivedAtProperty = "ReceivedAt";

    private const string RowKey = "a";
    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>Returns true if this is the first time the activity is seen, and records it.</summary>
    public async Task<bool> TryClaimAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        string key = Key(channelId, conversationId, activityId);
        if (_seen.TryGetValue(key, out _))
        {
            return false;
        }

        var entity = new TableEntity(key, RowKey) { [ReceivedAtProperty] = time.GetUtcNow() };
        try
        {
            await tables.ActivityIds.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            Remember(key);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
        catch (RequestFailedException ex)
        {
            Log.ClaimFailed(logger, ex.Status);
            Remember(key);
            return true;
        }
    }

    /// <summary>Forgets a claim whose handling failed before anything was done, so a redelivery can try again.</summary>
    public async Task ReleaseAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        string key = Key(channelId, conversationId, activityId);
        _seen.Remove(key);
        try
        {
            await tables.ActivityIds.DeleteEntityAsync(key, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            Log.ClaimFailed(logger, ex.Status);
        }
    }

    public void Dispose() => _seen.Dispose();

    private void Remember(string key) =>
        _seen.Set(key, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.Value.DeduplicationWindow });

    /// <summary>A fixed-length key: ids can hold characters a PartitionKey may not, and conversation ids are long.</summary>
    internal static string Key(string channelId, string conversationId, string activityId)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', channelId, conversationId, activityId)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 20));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Activity de-duplication storage failed (status {Status}); handling the activity anyway")]
        public static partial void ClaimFailed(ILogger logger, int status);
    }
}
