using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>
/// Keeps each user's conversation reference, refreshed from inbound turns. A refresh writes only when something
/// changed since this instance last wrote it (or an hour has passed, so instances converge), so an ordinary turn costs
/// no extra request. The row also carries an "away" mark (the channel said the user is unreachable, or a feature noted
/// it): a refresh from the user's own turn clears it and reports it, so whoever waits for the user learns they are back.
/// </summary>
/// <remarks>
/// Every write is conditional (<see cref="ConditionalWrite"/>): a new user's reference is an insert, a known one is
/// replaced on the ETag this instance last wrote, and only a conflict costs a read (the newest inbound activity is still
/// the right reference, since Teams' serviceUrl can move, so it is written again on what was read). Because the mark is
/// on this row, a write that lands without a conflict knows the user was not marked away since: a new user costs one
/// insert and nothing else.
/// </remarks>
internal sealed class ConversationReferenceStore(CoachTables tables, TimeProvider time)
{
    private const string RowKey = "reference";
    private static readonly TimeSpan s_rewriteAfter = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string Signature, DateTimeOffset WrittenAt, ETag ETag)> _lastWritten = new(StringComparer.Ordinal);

    private TableClient Table => tables.ConversationReferences;

    /// <summary>
    /// Stores the reference if it differs from what this instance last stored, keeping any away mark (the user was not
    /// seen: a proactive send learned a new detail); returns whether it wrote.
    /// </summary>
    public async Task<bool> RefreshAsync(UserAddress user, string payload, string? timeZoneId, CancellationToken cancellationToken = default) =>
        (await WriteAsync(user, payload, timeZoneId, seen: false, created: null, cancellationToken).ConfigureAwait(false)).Written;

    /// <summary>
    /// Stores the reference from the user's own turn if it differs from what this instance last stored, clearing the
    /// away mark and reporting whether there was one.
    /// </summary>
    /// <param name="user">Who sent the turn.</param>
    /// <param name="payload">The channel's reference.</param>
    /// <param name="timeZoneId">The time zone the channel reports, if any.</param>
    /// <param name="created">
    /// When given, completed as soon as the first write to the row has settled, before any re-read: true when it
    /// inserted the row (no reference, nor away mark, was stored for the user), false in every other case (a known
    /// row, nothing to write, a lost race, a failure). A hint for the turn, which then expects no dialog state either.
    /// </param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<ReferenceRefresh> RefreshFromTurnAsync(UserAddress user, string payload, string? timeZoneId, TaskCompletionSource<bool>? created = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await WriteAsync(user, payload, timeZoneId, seen: true, created, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            created?.TrySetResult(false);
        }
    }

    private async Task<ReferenceRefresh> WriteAsync(UserAddress user, string payload, string? timeZoneId, bool seen, TaskCompletionSource<bool>? created, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(payload);
        string signature = string.Concat(payload, "\n", timeZoneId);
        DateTimeOffset now = time.GetUtcNow();
        bool known = _lastWritten.TryGetValue(user.Key, out var last);
        if (known && last.Signature == signature && now - last.WrittenAt < s_rewriteAfter)
        {
            return new ReferenceRefresh(Written: false, WasAway: false);
        }

        if (known)
        {
            created?.TrySetResult(false);
        }

        bool away = false;
        bool inserting = false;
        ConversationReferenceEntity written = (await Table.ChangeAsync<ConversationReferenceEntity>(
            TableKey.Encode(user.Key),
            RowKey,
            current =>
            {
                // Only a row this instance did not write last carries news: a mark, or (rows older than the mark) inactivity.
                away = current is not null && (current.RemindersPaused || !current.Active);
                inserting = current is null;
                return new ConversationReferenceEntity
                {
                    Channel = user.Channel,
                    Tenant = user.Tenant,
                    UserId = user.UserId,
                    Payload = payload,
                    TimeZoneId = timeZoneId,
                    Active = true,
                    UpdatedAt = now,
                    RemindersPaused = away && !seen,
                };
            },
            new ConditionalWriteSteps<ConversationReferenceEntity>
            {
                Known = new ConversationReferenceEntity { ETag = known ? last.ETag : default },
                Write = created is null ? null : (entity, ct) => WriteTellingAsync(entity, created, ct),
            },
            cancellationToken).ConfigureAwait(false))!;
        if (written.RemindersPaused)
        {
            // The mark was kept (no turn saw the user): the next write must read the row again to report it.
            _lastWritten.TryRemove(user.Key, out _);
        }
        else
        {
            _lastWritten[user.Key] = (signature, now, written.ETag);
        }

        return new ReferenceRefresh(Written: true, WasAway: away && seen, Created: inserting);
    }

    /// <summary>The default conditional write (insert when nothing was read, else replace on the ETag read), telling <paramref name="created"/> how the first one went.</summary>
    private async Task<Response> WriteTellingAsync(ConversationReferenceEntity entity, TaskCompletionSource<bool> created, CancellationToken cancellationToken)
    {
        if (entity.ETag != default)
        {
            created.TrySetResult(false);
            return await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            Response response = await Table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            created.TrySetResult(true);
            return response;
        }
        catch (RequestFailedException)
        {
            created.TrySetResult(false);
            throw;
        }
    }

    /// <summary>The user's reference, or null when there is none (a row that only records a pause is none).</summary>
    public async Task<ConversationReference?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ConversationReferenceEntity? entity = await Table.FindEntityAsync<ConversationReferenceEntity>(TableKey.Encode(userKey), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity is null || entity.Payload.Length == 0
            ? null
            : new ConversationReference(new UserAddress(entity.Channel, entity.Tenant, entity.UserId), entity.Payload, entity.TimeZoneId, entity.Active, entity.UpdatedAt);
    }

    /// <summary>Records that the channel can no longer reach the user (uninstalled, blocked). Returns false if there was nothing to mark.</summary>
    public async Task<bool> MarkInactiveAsync(string userKey, CancellationToken cancellationToken = default)
    {
        DateTimeOffset now = time.GetUtcNow();
        ConversationReferenceEntity? marked = await Table.ChangeAsync<ConversationReferenceEntity>(TableKey.Encode(userKey), RowKey, current =>
        {
            if (current is null || current.Payload.Length == 0)
            {
                return null;
            }

            current.Active = false;
            current.UpdatedAt = now;
            return current;
        }, cancellationToken).ConfigureAwait(false);
        _lastWritten.TryRemove(userKey, out _);
        return marked is not null;
    }

    /// <summary>
    /// Marks the user away on the reference row (a row that records only that when the user has no reference), so their
    /// next turn, on any instance, raises <see cref="Turns.UserSeen"/> with <c>WasAway</c>. Call after whatever waits for
    /// the user has stopped (reminders paused), never before: a turn between the two would clear the mark too early.
    /// </summary>
    public async Task MarkAwayAsync(string userKey, CancellationToken cancellationToken = default)
    {
        DateTimeOffset now = time.GetUtcNow();
        await Table.ChangeAsync<ConversationReferenceEntity>(TableKey.Encode(userKey), RowKey, current =>
        {
            if (current?.RemindersPaused == true)
            {
                return null;
            }

            ConversationReferenceEntity next = current ?? new ConversationReferenceEntity { Active = false, UpdatedAt = now };
            next.RemindersPaused = true;
            return next;
        }, cancellationToken).ConfigureAwait(false);
        _lastWritten.TryRemove(userKey, out _);
    }

    /// <summary>The users with a stored reference on <paramref name="channel"/> in <paramref name="tenant"/> (a Slack workspace): a scan, for rare admin events.</summary>
    public async Task<IReadOnlyList<UserAddress>> ListAsync(string channel, string tenant, CancellationToken cancellationToken = default)
    {
        var users = new List<UserAddress>();
        string filter = TableClient.CreateQueryFilter($"RowKey eq {RowKey} and Channel eq {channel} and Tenant eq {tenant}");
        await foreach (ConversationReferenceEntity entity in Table.QueryAsync<ConversationReferenceEntity>(filter, select: ["Channel", "Tenant", "UserId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            users.Add(new UserAddress(entity.Channel, entity.Tenant, entity.UserId));
        }

        return users;
    }

    public async Task DeleteAsync(string userKey, CancellationToken cancellationToken = default)
    {
        _lastWritten.TryRemove(userKey, out _);
        await Table.DeleteEntityAsync(TableKey.Encode(userKey), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
