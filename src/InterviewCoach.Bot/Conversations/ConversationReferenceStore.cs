using System.Collections.Concurrent;
using Azure;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Conversations;

/// <summary>
/// Keeps each user's conversation reference, refreshed from inbound turns. A refresh writes only when something
/// changed since this instance last wrote it (or an hour has passed, so instances converge), so an ordinary turn costs
/// no extra request. A write also tells the reminders the user is reachable again and, until the user picks a time
/// zone themselves, adopts the one their channel reports.
/// </summary>
/// <remarks>
/// Every write is conditional: a new user's reference is an insert, a known one is replaced on the ETag this instance
/// last wrote, and only a conflict costs a read (the newest inbound activity is still the right reference, since
/// Teams' serviceUrl can move, so it is written again on what was read). Marking inactive is conditional too, so it
/// cannot undo a refresh that raced it.
/// </remarks>
public sealed class ConversationReferenceStore(CoachTables tables, TimeProvider time, IReminderAvailability? availability = null, IReminderScheduler? reminders = null)
{
    private const string RowKey = "reference";
    private static readonly TimeSpan s_rewriteAfter = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string Signature, DateTimeOffset WrittenAt, ETag ETag)> _lastWritten = new(StringComparer.Ordinal);

    private TableClient Table => tables.ConversationReferences;

    /// <summary>Stores the reference if it differs from what this instance last stored; returns whether it wrote.</summary>
    public async Task<bool> RefreshAsync(UserAddress user, string payload, string? timeZoneId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(payload);
        string signature = string.Concat(payload, "\n", timeZoneId);
        DateTimeOffset now = time.GetUtcNow();
        bool known = _lastWritten.TryGetValue(user.Key, out var last);
        if (known && last.Signature == signature && now - last.WrittenAt < s_rewriteAfter)
        {
            return false;
        }

        var entity = new ConversationReferenceEntity
        {
            PartitionKey = TableKey.Encode(user.Key),
            RowKey = RowKey,
            Channel = user.Channel,
            Tenant = user.Tenant,
            UserId = user.UserId,
            Payload = payload,
            TimeZoneId = timeZoneId,
            Active = true,
            UpdatedAt = now,
        };
        ETag written = await WriteConditionallyAsync(entity, known ? last.ETag : default, cancellationToken).ConfigureAwait(false);
        _lastWritten[user.Key] = (signature, now, written);
        if (availability is not null)
        {
            await availability.ResumeUserAsync(user.Key, cancellationToken).ConfigureAwait(false);
        }

        if (reminders is not null && timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            ReminderSettings settings = await reminders.GetSettingsAsync(user.Key, cancellationToken).ConfigureAwait(false);
            if (settings == ReminderSettings.Default && timeZoneId != settings.TimeZoneId)
            {
                await reminders.SetSettingsAsync(user.Key, timeZoneId, settings.QuietHours, cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }

    /// <summary>Inserts, or replaces the version last seen; on a conflict reads the current version and replaces that.</summary>
    private async Task<ETag> WriteConditionallyAsync(ConversationReferenceEntity entity, ETag lastSeen, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                Response response = lastSeen == default
                    ? await Table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                    : await Table.UpdateEntityAsync(entity, lastSeen, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return response.Headers.ETag ?? default;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404 && attempt < 4)
            {
                ConversationReferenceEntity? current = await Table
                    .GetEntityIfExistsAsync<ConversationReferenceEntity>(entity.PartitionKey, entity.RowKey, cancellationToken).ConfigureAwait(false);
                lastSeen = current?.ETag ?? default;
            }
        }
    }

    public async Task<ConversationReference?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ConversationReferenceEntity? entity = await Table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode(userKey), RowKey, cancellationToken).ConfigureAwait(false);
        return entity is null
            ? null
            : new ConversationReference(new UserAddress(entity.Channel, entity.Tenant, entity.UserId), entity.Payload, entity.TimeZoneId, entity.Active, entity.UpdatedAt);
    }

    /// <summary>Records that the channel can no longer reach the user (uninstalled, blocked). Returns false if there was nothing to mark.</summary>
    public async Task<bool> MarkInactiveAsync(string userKey, CancellationToken cancellationToken = default)
    {
        for (int attempt = 0; attempt < 3; attempt++)
        {
            ConversationReferenceEntity? entity = await Table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode(userKey), RowKey, cancellationToken).ConfigureAwait(false);
            if (entity is null)
            {
                return false;
            }

            entity.Active = false;
            entity.UpdatedAt = time.GetUtcNow();
            try
            {
                await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                _lastWritten.TryRemove(userKey, out _);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                // Refreshed or deleted meanwhile: look again.
            }
        }

        return false;
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
