using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Which Slack workspaces the app can still reach. <c>app_uninstalled</c>, <c>tokens_revoked</c> or a Web API answer
/// that our token is dead (<see cref="SlackApiException.MeansTokenRevoked"/>) marks a workspace inactive at once: the
/// date is stored (so <see cref="SlackWorkspaceRetentionService"/> can erase its data later), every stored reference of
/// the workspace is marked inactive, and deliveries stop. A token that works again (auth.test at start-up after a
/// reinstall) makes it active again. Checks read memory; the table is re-read by the retention service's runs.
/// </summary>
internal sealed partial class SlackWorkspaces(CoachTables tables, ConversationReferenceStore references, TimeProvider time, ILogger<SlackWorkspaces> logger)
{
    private const string Channel = "slack";
    private readonly ConcurrentDictionary<string, DateTimeOffset> _inactive = new(StringComparer.Ordinal);

    private TableClient Table => tables.SlackWorkspaces;

    public bool IsActive(string team) => !_inactive.ContainsKey(team);

    /// <summary>Marks the workspace inactive (idempotent: the first date is kept) and its users' references with it.</summary>
    public async Task MarkInactiveAsync(string team, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(team);
        DateTimeOffset now = time.GetUtcNow();
        bool first = _inactive.TryAdd(team, now);
        try
        {
            // Conditional like every write: the first mark's date stands, and a mark of a workspace erased before is renewed.
            SlackWorkspaceEntity? stored = null;
            SlackWorkspaceEntity? written = await Table.ChangeAsync<SlackWorkspaceEntity>(SlackWorkspaceEntity.Partition, TableKey.Encode(team), current =>
            {
                stored = current;
                return current is not null && current.ErasedAt is null
                    ? null
                    : new SlackWorkspaceEntity { InactiveSince = now, Reason = reason };
            }, cancellationToken).ConfigureAwait(false);
            if (written is null)
            {
                _inactive[team] = stored!.InactiveSince;
                return;
            }

            int marked = 0;
            foreach (UserAddress user in await references.ListAsync(Channel, team, cancellationToken).ConfigureAwait(false))
            {
                marked += await references.MarkInactiveAsync(user.Key, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }

            Log.Inactive(logger, team, reason, marked);
        }
        catch (RequestFailedException ex)
        {
            // Deliveries are stopped in memory either way; the next event or dead-token answer tries to store it again.
            if (first)
            {
                Log.NotStored(logger, team, ex.Status);
            }
        }
    }

    /// <summary>
    /// Our token worked for <paramref name="team"/> at <paramref name="checkedAt"/> (the app was reinstalled): a mark
    /// older than that is lifted. A mark made since (an uninstall racing the check) stands.
    /// </summary>
    public async Task ReactivateAsync(string team, DateTimeOffset checkedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(team);
        SlackWorkspaceEntity? known = await Table.FindEntityAsync<SlackWorkspaceEntity>(SlackWorkspaceEntity.Partition, TableKey.Encode(team), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (known is null || known.InactiveSince >= checkedAt)
        {
            return;
        }

        try
        {
            await Table.DeleteEntityAsync(SlackWorkspaceEntity.Partition, known.RowKey, known.ETag, cancellationToken).ConfigureAwait(false);
            _inactive.TryRemove(team, out _);
            Log.Reactivated(logger, team);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Changed meanwhile: leave it to the next check.
        }
    }

    /// <summary>Re-reads the table (other instances may have marked workspaces) and returns those not yet erased.</summary>
    public async Task<IReadOnlyList<SlackWorkspaceEntity>> LoadAsync(CancellationToken cancellationToken)
    {
        var pending = new List<SlackWorkspaceEntity>();
        await foreach (SlackWorkspaceEntity entity in Table.QueryAsync<SlackWorkspaceEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {SlackWorkspaceEntity.Partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            _inactive.TryAdd(TableKey.Decode(entity.RowKey), entity.InactiveSince);
            if (entity.ErasedAt is null)
            {
                pending.Add(entity);
            }
        }

        return pending;
    }

    /// <summary>Records that the workspace's data was erased, on the version read (a newer mark is re-read and marked).</summary>
    public async Task MarkErasedAsync(SlackWorkspaceEntity workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        DateTimeOffset now = time.GetUtcNow();
        SlackWorkspaceEntity? written = await Table.ChangeAsync<SlackWorkspaceEntity>(
            workspace.PartitionKey,
            workspace.RowKey,
            current =>
            {
                if (current is null)
                {
                    return null;
                }

                current.ErasedAt = now;
                return current;
            },
            new ConditionalWriteSteps<SlackWorkspaceEntity> { Known = workspace },
            cancellationToken).ConfigureAwait(false);
        workspace.ErasedAt = written?.ErasedAt ?? now;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack workspace {Team} is gone ({Reason}): deliveries stopped, {Count} reference(s) marked inactive")]
        public static partial void Inactive(ILogger logger, string team, string reason, int count);

        [LoggerMessage(2, LogLevel.Error, "Slack workspace {Team} stopped in memory but not stored (storage status {Status})")]
        public static partial void NotStored(ILogger logger, string team, int status);

        [LoggerMessage(3, LogLevel.Information, "Slack workspace {Team} reachable again; deliveries resume")]
        public static partial void Reactivated(ILogger logger, string team);
    }
}
