using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Conversations;

/// <summary>
/// Keeps each user's conversation reference, refreshed from inbound turns. A refresh writes only when something
/// changed since this instance last wrote it (or an hour has passed, so instances converge), so an ordinary turn costs
/// no extra request. A write that finds the user's reminders paused (they could not be reached) resumes them and, until
/// the user picks a time zone themselves, adopts the one their channel reports.
/// </summary>
/// <remarks>
/// Every write is conditional (<see cref="ConditionalWrite"/>): a new user's reference is an insert, a known one is
/// replaced on the ETag this instance last wrote, and only a conflict costs a read (the newest inbound activity is still
/// the right reference, since Teams' serviceUrl can move, so it is written again on what was read). The pause is kept on
/// this row (<see cref="ConversationReferenceEntity.RemindersPaused"/>), so a write that lands without a conflict knows
/// there is nothing to resume: a new user costs one insert, not an insert and a read of the reminder settings.
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

        bool resume = false;
        ConversationReferenceEntity written = (await Table.ChangeAsync<ConversationReferenceEntity>(
            TableKey.Encode(user.Key),
            RowKey,
            current =>
            {
                // Only a row this instance did not write last carries news: a pause, or (rows older than the flag) inactivity.
                resume = current is not null && (current.RemindersPaused || !current.Active);
                return new ConversationReferenceEntity
                {
                    Channel = user.Channel,
                    Tenant = user.Tenant,
                    UserId = user.UserId,
                    Payload = payload,
                    TimeZoneId = timeZoneId,
                    Active = true,
                    UpdatedAt = now,
                };
            },
            new ConditionalWriteSteps<ConversationReferenceEntity> { Known = new ConversationReferenceEntity { ETag = known ? last.ETag : default } },
            cancellationToken).ConfigureAwait(false))!;
        _lastWritten[user.Key] = (signature, now, written.ETag);
        if (resume && availability is not null)
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
    /// Records on the reference row that the user's reminders were paused (a row that records only that when the user
    /// has no reference), so the next refresh, on any instance, resumes them. Call after pausing, never before: a
    /// refresh between the two would clear the mark and resume nothing.
    /// </summary>
    public async Task NoteRemindersPausedAsync(string userKey, CancellationToken cancellationToken = default)
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
