using System.Globalization;
using Azure;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// The reminder tables and the one write protocol both the scheduler and the dispatcher use. A change to a reminder is
/// (1) add a fresh due-index row when the reminder should be indexed, (2) Replace the reminder conditionally on its ETag,
/// pointing <see cref="ReminderEntity.IndexKey"/> at that row, (3) delete the row it pointed to before. A crash between
/// steps leaves at worst an extra index row, which polls remove once it is older than <see cref="StaleIndexGrace"/>;
/// a pending reminder is never left without its row.
/// </summary>
internal sealed class ReminderStore(CoachTables tables, TimeProvider time)
{
    /// <summary>How old an index row no reminder points to must be before a poll deletes it (a writer may be between steps 1 and 2).</summary>
    public static readonly TimeSpan StaleIndexGrace = TimeSpan.FromMinutes(5);

    public TableClient Reminders => tables.Reminders;

    public TableClient Due => tables.ReminderDue;

    public TableClient Users => tables.ReminderUsers;

    public TimeProvider Time => time;

    public Task<ReminderEntity?> GetAsync(string userKey, string reminderId, CancellationToken cancellationToken) =>
        Reminders.GetEntityIfExistsAsync<ReminderEntity>(ReminderKeys.UserPartition(userKey), reminderId, cancellationToken);

    public async Task<ReminderSettings> GetSettingsAsync(string userKey, CancellationToken cancellationToken)
    {
        ReminderUserEntity? entity = await Users.GetEntityIfExistsAsync<ReminderUserEntity>(ReminderKeys.UserPartition(userKey), ReminderUserEntity.SettingsRowKey, cancellationToken).ConfigureAwait(false);
        return entity is null ? ReminderSettings.Default : ToSettings(entity);
    }

    public static ReminderSettings ToSettings(ReminderUserEntity entity)
    {
        QuietHours quiet = QuietHours.Default;
        if (entity.AllowedFrom is not null && entity.AllowedUntil is not null && entity.AllowedDays is int days
            && TimeOnly.TryParse(entity.AllowedFrom, CultureInfo.InvariantCulture, out TimeOnly from) && TimeOnly.TryParse(entity.AllowedUntil, CultureInfo.InvariantCulture, out TimeOnly until)
            && until > from && (days & (int)AllowedDays.Everyday) != 0)
        {
            quiet = new QuietHours(from, until, (AllowedDays)days);
        }

        return new ReminderSettings(entity.TimeZoneId ?? ReminderSettings.Default.TimeZoneId, quiet, entity.Paused ?? false);
    }

    /// <summary>A local time of day as stored: <c>HH:mm</c>, with seconds and fractions only when it has them.</summary>
    public static string FormatTime(TimeOnly time) =>
        time.ToString(time.Ticks % TimeSpan.TicksPerMinute == 0 ? "HH:mm" : "HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes <paramref name="reminder"/> (insert when its ETag is empty, else Replace if the ETag still matches), indexing
    /// it at its due time when <paramref name="indexed"/>. Returns false on a lost race (412, 409, or 404): re-read and decide again.
    /// </summary>
    public async Task<bool> TryWriteAsync(ReminderEntity reminder, bool indexed, CancellationToken cancellationToken)
    {
        string? previousIndex = reminder.IndexKey;
        string shard = ReminderKeys.Shard(reminder.UserKey);
        reminder.IndexKey = null;
        if (indexed)
        {
            var row = new ReminderDueEntity
            {
                PartitionKey = shard,
                RowKey = ReminderKeys.NewIndexKey(reminder.DueUtc, reminder.UserKey),
                UserKey = reminder.UserKey,
                ReminderId = reminder.RowKey,
                CreatedAt = time.GetUtcNow(),
            };
            await Due.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            reminder.IndexKey = row.RowKey;
        }

        try
        {
            Response response = reminder.ETag == default
                ? await Reminders.AddEntityAsync(reminder, cancellationToken).ConfigureAwait(false)
                : await Reminders.UpdateEntityAsync(reminder, reminder.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            reminder.ETag = response.Headers.ETag ?? default;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }

        if (previousIndex is not null && previousIndex != reminder.IndexKey)
        {
            await DeleteIndexRowAsync(shard, previousIndex, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Index rows are never reused (each has a fresh GUID), so deleting one by key cannot remove a newer one.</summary>
    public Task DeleteIndexRowAsync(string shard, string indexKey, CancellationToken cancellationToken) =>
        Due.DeleteEntityAsync(shard, indexKey, ETag.All, cancellationToken);

    /// <summary>
    /// Reads, changes and writes one reminder until the write wins. <paramref name="change"/> returns false to leave the
    /// reminder as it is. The reminder is indexed when, after the change, it is pending and the user is not paused.
    /// </summary>
    public async Task<ReminderEntity?> ChangeAsync(string userKey, string reminderId, Func<ReminderEntity, bool> change, bool paused, CancellationToken cancellationToken)
    {
        for (int attempt = 0; attempt < 10; attempt++)
        {
            ReminderEntity? reminder = await GetAsync(userKey, reminderId, cancellationToken).ConfigureAwait(false);
            if (reminder is null || !change(reminder))
            {
                return null;
            }

            if (await TryWriteAsync(reminder, reminder.Status == ReminderStatus.Pending && !paused, cancellationToken).ConfigureAwait(false))
            {
                return reminder;
            }
        }

        throw new RequestFailedException(412, $"Reminder {reminderId} kept changing under ten attempts to update it.");
    }

    /// <summary>The user's reminders in the given statuses (one partition query).</summary>
    public async Task<List<ReminderEntity>> QueryUserAsync(string userKey, CancellationToken cancellationToken, params ReminderStatus[] statuses)
    {
        string partition = ReminderKeys.UserPartition(userKey);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        if (statuses.Length > 0)
        {
            filter += " and (" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s}"))) + ")";
        }

        var list = new List<ReminderEntity>();
        await foreach (ReminderEntity entity in Reminders.QueryAsync<ReminderEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(entity);
        }

        return list;
    }
}
