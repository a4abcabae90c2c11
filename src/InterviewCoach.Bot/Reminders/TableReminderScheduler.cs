using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// <see cref="IReminderScheduler"/> on Table Storage. Reminders live in the user's partition; pending ones also have a row
/// in the due index, which the <see cref="ReminderDispatcher"/> polls. Every change is conditional on the ETag read and
/// retried on a lost race, so a snooze, done or cancel racing a delivery is never lost.
/// </summary>
internal sealed class TableReminderScheduler(ReminderStore store) : IReminderScheduler, IReminderAvailability
{
    public async Task<IReadOnlyList<ScheduledReminder>> ScheduleAsync(string userKey, IEnumerable<ReminderRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentNullException.ThrowIfNull(requests);
        ReminderSettings settings = await store.GetSettingsAsync(userKey, cancellationToken).ConfigureAwait(false);
        var scheduled = new List<ScheduledReminder>();
        foreach (ReminderRequest request in requests)
        {
            scheduled.Add((await ScheduleOneAsync(userKey, request, settings.Paused, cancellationToken).ConfigureAwait(false)).ToScheduledReminder());
        }

        return scheduled;
    }

    private async Task<ReminderEntity> ScheduleOneAsync(string userKey, ReminderRequest request, bool paused, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.DedupeKey);
        string id = ReminderKeys.ReminderId(userKey, request.DedupeKey);
        DateTimeOffset now = store.Time.GetUtcNow();

        // Scheduling the same event again lands on the same row and replaces it (keeping its index row to retire).
        ReminderEntity? scheduled = await store.ChangeAsync(userKey, id, existing => new ReminderEntity
        {
            IndexKey = existing?.IndexKey,
            UserKey = userKey,
            Kind = request.Kind,
            Status = ReminderStatus.Pending,
            DedupeKey = request.DedupeKey,
            Series = request.Series,
            ContactId = request.ContactId,
            Organisation = request.Organisation,
            Title = request.Title,
            Body = request.Body,
            FlowCommand = request.FlowCommand,
            DueUtc = request.DueUtc.ToUniversalTime(),
            CreatedAt = now,
        }, paused, cancellationToken).ConfigureAwait(false);
        return scheduled!;
    }

    public async Task<int> CancelAsync(string userKey, ReminderCancellation cancellation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentNullException.ThrowIfNull(cancellation);
        IEnumerable<string> ids;
        if (cancellation.DedupeKey is not null)
        {
            ids = [ReminderKeys.ReminderId(userKey, cancellation.DedupeKey)];
        }
        else
        {
            List<ReminderEntity> open = await store.QueryUserAsync(userKey, cancellationToken, ReminderStatus.Pending, ReminderStatus.Failed).ConfigureAwait(false);
            ids = open.Where(r => cancellation.Matches(r.Kind, r.DedupeKey, r.Organisation, r.ContactId)).Select(r => r.RowKey).ToList();
        }

        int cancelled = 0;
        DateTimeOffset now = store.Time.GetUtcNow();
        foreach (string id in ids)
        {
            ReminderEntity? changed = await store.ChangeAsync(userKey, id, r =>
            {
                if (r.Status is not (ReminderStatus.Pending or ReminderStatus.Failed) || !cancellation.Matches(r.Kind, r.DedupeKey, r.Organisation, r.ContactId))
                {
                    return false;
                }

                r.Status = ReminderStatus.Cancelled;
                r.CompletedAt = now;
                return true;
            }, paused: false, cancellationToken).ConfigureAwait(false);
            cancelled += changed is null ? 0 : 1;
        }

        return cancelled;
    }

    public async Task<IReadOnlyList<ScheduledReminder>> ListUpcomingAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        List<ReminderEntity> open = await store.QueryUserAsync(userKey, cancellationToken, ReminderStatus.Pending, ReminderStatus.Failed).ConfigureAwait(false);
        return [.. open.OrderBy(r => r.DueUtc).ThenBy(r => r.RowKey, StringComparer.Ordinal).Select(r => r.ToScheduledReminder())];
    }

    public async Task<bool> MarkDoneAsync(string userKey, string reminderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        DateTimeOffset now = store.Time.GetUtcNow();
        bool found = false;
        ReminderEntity? done = await store.ChangeAsync(userKey, reminderId, r =>
        {
            found = true;
            if (r.Status == ReminderStatus.Done)
            {
                return false;
            }

            r.Status = ReminderStatus.Done;
            r.CompletedAt = now;
            return true;
        }, paused: false, cancellationToken).ConfigureAwait(false);

        if (done?.Series is { } series)
        {
            // The rest of the series (the 48 h thank-you nudge) is done too.
            List<ReminderEntity> open = await store.QueryUserAsync(userKey, cancellationToken, ReminderStatus.Pending, ReminderStatus.Failed).ConfigureAwait(false);
            foreach (ReminderEntity sibling in open.Where(r => r.Series == series && r.RowKey != reminderId))
            {
                await store.ChangeAsync(userKey, sibling.RowKey, r =>
                {
                    if (r.Status is not (ReminderStatus.Pending or ReminderStatus.Failed) || r.Series != series)
                    {
                        return false;
                    }

                    r.Status = ReminderStatus.Done;
                    r.CompletedAt = now;
                        return true;
                }, paused: false, cancellationToken).ConfigureAwait(false);
            }
        }

        return found;
    }

    public async Task<bool> SnoozeAsync(string userKey, string reminderId, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        ReminderSettings settings = await store.GetSettingsAsync(userKey, cancellationToken).ConfigureAwait(false);
        ReminderEntity? snoozed = await store.ChangeAsync(userKey, reminderId, r =>
        {
            if (r.Status is ReminderStatus.Done or ReminderStatus.Cancelled)
            {
                return false;
            }

            r.Status = ReminderStatus.Pending;
            r.DueUtc = until.ToUniversalTime();
            r.Attempts = 0;
            r.LastError = null;
            r.SentAt = null;
            return true;
        }, settings.Paused, cancellationToken).ConfigureAwait(false);
        return snoozed is not null;
    }

    public async Task SetSettingsAsync(string userKey, string timeZoneId, QuietHours quietHours, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        ArgumentNullException.ThrowIfNull(quietHours);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            throw new ArgumentException($"'{timeZoneId}' is not a time zone this server knows; use an IANA id such as Europe/London.", nameof(timeZoneId));
        }

        await ChangeSettingsAsync(userKey, settings =>
        {
            settings.TimeZoneId = timeZoneId;
            settings.AllowedFrom = ReminderStore.FormatTime(quietHours.Start);
            settings.AllowedUntil = ReminderStore.FormatTime(quietHours.End);
            settings.AllowedDays = (int)quietHours.Days;
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the time zone a user's channel reports while the user has no settings of their own (none stored, or all
    /// defaults): one conditional write, no separate read. With <paramref name="likelyNew"/> (their reference row was
    /// just created) the first write is an insert without a read; if settings exist after all, it conflicts and the
    /// change is applied to what was read, so settings the user picked are never overwritten.
    /// </summary>
    /// <returns>Whether the zone was stored.</returns>
    public async Task<bool> AdoptChannelTimeZoneAsync(string userKey, string timeZoneId, bool likelyNew, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _) || timeZoneId == ReminderSettings.Default.TimeZoneId)
        {
            return false;
        }

        ReminderUserEntity? written = await store.Users.ChangeAsync<ReminderUserEntity>(
            ReminderKeys.UserPartition(userKey),
            ReminderUserEntity.SettingsRowKey,
            current =>
            {
                if (current is not null && ReminderStore.ToSettings(current) != ReminderSettings.Default)
                {
                    return null;
                }

                ReminderUserEntity next = current ?? new ReminderUserEntity();
                next.TimeZoneId = timeZoneId;
                next.AllowedFrom = ReminderStore.FormatTime(QuietHours.Default.Start);
                next.AllowedUntil = ReminderStore.FormatTime(QuietHours.Default.End);
                next.AllowedDays = (int)QuietHours.Default.Days;
                return next;
            },
            new ConditionalWriteSteps<ReminderUserEntity> { Known = likelyNew ? new ReminderUserEntity() : null },
            cancellationToken).ConfigureAwait(false);
        return written is not null;
    }

    public Task<ReminderSettings> GetSettingsAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        return store.GetSettingsAsync(userKey, cancellationToken);
    }

    public async Task PauseUserAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        DateTimeOffset now = store.Time.GetUtcNow();
        await ChangeSettingsAsync(userKey, settings =>
        {
            settings.Paused = true;
            settings.PausedAt = now;
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Clears the pause and puts every pending reminder that lost its index row back in the index; overdue ones go out at the next poll as one digest.</summary>
    public async Task ResumeUserAsync(string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        bool wasPaused = await ChangeSettingsAsync(userKey, settings =>
        {
            if (settings.Paused != true)
            {
                return false;
            }

            settings.Paused = false;
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (!wasPaused)
        {
            return;
        }

        List<ReminderEntity> pending = await store.QueryUserAsync(userKey, cancellationToken, ReminderStatus.Pending).ConfigureAwait(false);
        foreach (ReminderEntity unindexed in pending.Where(r => r.IndexKey is null))
        {
            await store.ChangeAsync(userKey, unindexed.RowKey, r => r.Status == ReminderStatus.Pending && r.IndexKey is null, paused: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Read-modify-write of the user's settings row through <see cref="ConditionalWrite"/> (an insert when there is
    /// none), so a pause, a resume and a time-zone change racing each other all land. <paramref name="change"/> returns
    /// false when there is nothing to change; the result says whether anything was written.
    /// </summary>
    private async Task<bool> ChangeSettingsAsync(string userKey, Func<ReminderUserEntity, bool> change, CancellationToken cancellationToken)
    {
        ReminderUserEntity? written = await store.Users.ChangeAsync<ReminderUserEntity>(
            ReminderKeys.UserPartition(userKey),
            ReminderUserEntity.SettingsRowKey,
            current =>
            {
                ReminderUserEntity next = current ?? new ReminderUserEntity();
                return change(next) ? next : null;
            },
            cancellationToken).ConfigureAwait(false);
        return written is not null;
    }
}
