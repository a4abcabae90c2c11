using System.Globalization;
using Azure;
using Azure.Data.Tables;
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
        Reminders.FindEntityAsync<ReminderEntity>(ReminderKeys.UserPartition(userKey), reminderId, cancellationToken: cancellationToken);

    public async Task<ReminderSettings> GetSettingsAsync(string userKey, CancellationToken cancellationToken)
    {
        ReminderUserEntity? entity = await Users.FindEntityAsync<ReminderUserEntity>(ReminderKeys.UserPartition(userKey), ReminderUserEntity.SettingsRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
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
    /// it at its due time when <paramref name="indexed"/>. A lost race throws the service's 409, 412 or 404
    /// (<see cref="ConditionalWrite.IsLostRace"/>): re-read and decide again.
    /// </summary>
    public async Task<Response> WriteAsync(ReminderEntity reminder, bool indexed, CancellationToken cancellationToken)
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
            await Due.InsertAsync(row, cancellationToken).ConfigureAwait(false);
            reminder.IndexKey = row.RowKey;
        }

        Response response = reminder.ETag == default
            ? await Reminders.InsertAsync(reminder, cancellationToken).ConfigureAwait(false)
            : await Reminders.ReplaceAsync(reminder, reminder.ETag, cancellationToken).ConfigureAwait(false);
        reminder.ETag = response.Headers.ETag ?? default;
        if (previousIndex is not null && previousIndex != reminder.IndexKey)
        {
            await DeleteIndexRowAsync(shard, previousIndex, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>One write of <see cref="WriteAsync"/> for a caller that does not retry: false on a lost race (the other change stands).</summary>
    public async Task<bool> TryWriteAsync(ReminderEntity reminder, bool indexed, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(reminder, indexed, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ConditionalWrite.IsLostRace(ex))
        {
            return false;
        }
    }

    /// <summary>Index rows are never reused (each has a fresh GUID), so deleting one by key cannot remove a newer one.</summary>
    public Task DeleteIndexRowAsync(string shard, string indexKey, CancellationToken cancellationToken) =>
        Due.DeleteEntityAsync(shard, indexKey, ETag.All, cancellationToken);

    /// <summary>
    /// Reads, changes and writes one reminder through <see cref="ConditionalWrite"/>. <paramref name="change"/> gets null
    /// when there is no such reminder and returns null to leave it as it is. The reminder is indexed when, after the
    /// change, it is pending and the user is not paused. Returns the reminder written, or null.
    /// </summary>
    public Task<ReminderEntity?> ChangeAsync(string userKey, string reminderId, Func<ReminderEntity?, ReminderEntity?> change, bool paused, CancellationToken cancellationToken) =>
        Reminders.ChangeAsync(
            ReminderKeys.UserPartition(userKey),
            reminderId,
            change,
            new ConditionalWriteSteps<ReminderEntity> { Write = (reminder, ct) => WriteAsync(reminder, reminder.Status == ReminderStatus.Pending && !paused, ct) },
            cancellationToken);

    /// <summary>Changes an existing reminder; <paramref name="change"/> returns false to leave it as it is.</summary>
    public Task<ReminderEntity?> ChangeAsync(string userKey, string reminderId, Func<ReminderEntity, bool> change, bool paused, CancellationToken cancellationToken) =>
        ChangeAsync(userKey, reminderId, current => current is not null && change(current) ? current : null, paused, cancellationToken);

    /// <summary>The user's reminders in the given statuses (one partition query).</summary>
    public async Task<List<ReminderEntity>> QueryUserAsync(string userKey, CancellationToken cancellationToken, params ReminderStatus[] statuses)
    {
        string partition = ReminderKeys.UserPartition(userKey);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        if (statuses.Length > 0)
        {
            // The package's CreateQueryFilter throws on an enum argument: statuses are stored as their names, so pass the name.
            filter += " and (" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"Status eq {s.ToString()}"))) + ")";
        }

        var list = new List<ReminderEntity>();
        await foreach (ReminderEntity entity in Reminders.QueryAsync<ReminderEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(entity);
        }

        return list;
    }
}
