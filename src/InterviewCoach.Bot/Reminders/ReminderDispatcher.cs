using System.Diagnostics.Metrics;
using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Reminders;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// Sends due reminders. Each poll reads the due index (<c>RowKey le now and LeaseUntil le now</c>, one page per shard),
/// then per user: claims each row with an ETag-conditional write that sets a lease (a 412 means another instance won),
/// checks the reminder is still pending and still points at that row, moves those that fall in quiet hours to the next
/// allowed slot, delivers the rest as one digest, and marks them sent (conditional on the reminder's ETag, removing the
/// row). A lease that expires (the instance died) makes the row visible and claimable again, so the only double send is a
/// crash after delivery and before the mark: the documented at-least-once window.
/// </summary>
internal sealed partial class ReminderDispatcher : BackgroundService
{
    private readonly ReminderStore _store;
    private readonly IReminderDelivery? _delivery;
    private readonly IReminderAvailability _availability;
    private readonly RemindersOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReminderDispatcher> _logger;
    private readonly StorageReadiness? _readiness;
    private readonly ConversationReferenceStore? _references;
    private readonly Counter<long>? _due;
    private readonly Counter<long>? _sent;
    private readonly Counter<long>? _failed;

    public ReminderDispatcher(
        ReminderStore store,
        IEnumerable<IReminderDelivery> deliveries,
        IReminderAvailability availability,
        IOptions<RemindersOptions> options,
        TimeProvider time,
        ILogger<ReminderDispatcher> logger,
        StorageReadiness? readiness = null,
        ConversationReferenceStore? references = null,
        IMeterFactory? meters = null)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _delivery = deliveries.LastOrDefault();
        _availability = availability;
        _options = options.Value;
        _time = time;
        if (meters is not null)
        {
            Meter meter = meters.Create(CoachTelemetry.MeterOptions);
            _due = meter.CreateCounter<long>(CoachTelemetry.RemindersDue, "{reminder}", "Due reminder index rows a poll found.");
            _sent = meter.CreateCounter<long>(CoachTelemetry.RemindersSent, "{reminder}", "Reminders delivered.");
            _failed = meter.CreateCounter<long>(CoachTelemetry.RemindersFailed, "{reminder}", "Reminders given up on after their last attempt.");
        }
        _logger = logger;
        _readiness = readiness;
        _references = references;
        Owner = Environment.MachineName + "/" + Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>This instance's lease owner name.</summary>
    public string Owner { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_delivery is null)
        {
            Log.NoDelivery(_logger);
            return;
        }

        if (_readiness is not null)
        {
            // On a first start the tables do not exist yet: polling now would only log TableNotFound failures.
            await _readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            bool again = false;
            try
            {
                DispatchPollResult result = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                again = result.BatchFull;
                if (result.IndexRowsRead > 0)
                {
                    Log.Polled(_logger, result.IndexRowsRead, result.Delivered, result.Digests, result.Deferred, result.Conflicts, result.Retried, result.Failed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Log.PollFailed(_logger, ex);
            }

            if (!again)
            {
                await Task.Delay(_options.PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One poll over every shard. Tests and the benchmark call this directly with a controlled clock.</summary>
    public async Task<DispatchPollResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (_delivery is null)
        {
            throw new InvalidOperationException("No IReminderDelivery is registered.");
        }

        var counters = new Counters();
        DateTimeOffset now = _time.GetUtcNow();
        string limit = ReminderKeys.DueLimit(now);
        bool full = false;

        // Start at a random shard so instances spread out instead of all contending for the same rows first.
        string[] shards = [.. ReminderKeys.AllShards()];
        int start = Random.Shared.Next(shards.Length);
        for (int i = 0; i < shards.Length; i++)
        {
            string shard = shards[(start + i) % shards.Length];
            List<ReminderDueEntity> rows = await ReadDueAsync(shard, limit, now, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref counters.IndexRowsRead, rows.Count);
            full |= rows.Count >= _options.BatchSize;

            // Group by user (one digest each) and shuffle, so concurrent instances mostly work on different users.
            var users = rows.GroupBy(r => r.UserKey, StringComparer.Ordinal).Select(g => g.ToList()).ToArray();
            Random.Shared.Shuffle(users);
            await Parallel.ForEachAsync(
                users,
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentUsers, CancellationToken = cancellationToken },
                async (userRows, ct) => await DispatchUserAsync(userRows[0].UserKey, shard, userRows, now, counters, ct).ConfigureAwait(false)).ConfigureAwait(false);
        }

        _due?.Add(counters.IndexRowsRead);
        _sent?.Add(counters.Delivered);
        _failed?.Add(counters.Failed);
        return counters.ToResult(full);
    }

    private async Task<List<ReminderDueEntity>> ReadDueAsync(string shard, string limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {shard} and RowKey le {limit} and LeaseUntil le {now}");
        var rows = new List<ReminderDueEntity>();
        await foreach (Page<ReminderDueEntity> page in _store.Due.QueryAsync<ReminderDueEntity>(filter, _options.BatchSize, cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            rows.AddRange(page.Values);
            if (rows.Count > 0)
            {
                break;
            }
        }

        return rows;
    }

    private async Task DispatchUserAsync(string userKey, string shard, List<ReminderDueEntity> rows, DateTimeOffset now, Counters counters, CancellationToken cancellationToken)
    {
        try
        {
            ReminderSettings? settings = null;
            var claimed = new List<ReminderEntity>();
            foreach (ReminderDueEntity row in rows.OrderBy(r => r.RowKey, StringComparer.Ordinal))
            {
                if (!await TryClaimAsync(row, now, cancellationToken).ConfigureAwait(false))
                {
                    // Another instance is working through this user: leave the rest to it, so the user gets one digest.
                    Interlocked.Increment(ref counters.Conflicts);
                    break;
                }

                ReminderEntity? reminder = await _store.GetAsync(userKey, row.ReminderId, cancellationToken).ConfigureAwait(false);
                if (reminder is null || reminder.Status != ReminderStatus.Pending || reminder.IndexKey != row.RowKey)
                {
                    // Nothing points here any more, or a writer is between adding this row and updating the reminder.
                    // Remove it once surely stale; until then the claim keeps it out of polls for a lease.
                    if (row.CreatedAt <= now - ReminderStore.StaleIndexGrace)
                    {
                        await DeleteStaleRowAsync(row, cancellationToken).ConfigureAwait(false);
                        Interlocked.Increment(ref counters.StaleRowsRemoved);
                    }

                    continue;
                }

                settings ??= await _store.GetSettingsAsync(userKey, cancellationToken).ConfigureAwait(false);
                if (settings.Paused)
                {
                    // The user cannot be reached: take the reminder out of the index until they are back.
                    await _store.TryWriteAsync(reminder, indexed: false, cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref counters.Paused);
                    continue;
                }

                DateTimeOffset allowedAt = settings.QuietHours.Arrival(reminder.Kind, now, settings.TimeZone);
                if (allowedAt > now)
                {
                    reminder.DueUtc = allowedAt;
                    bool moved = await _store.TryWriteAsync(reminder, indexed: true, cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref moved ? ref counters.Deferred : ref counters.Conflicts);
                    continue;
                }

                claimed.Add(reminder);
            }

            if (claimed.Count > 0)
            {
                await DeliverAsync(userKey, claimed, counters, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex)
        {
            // Leave this user's reminders for a later poll; claims already taken expire with their leases.
            Log.UserDispatchFailed(_logger, shard, ex.Status, ex.ErrorCode);
        }
    }

    /// <summary>The claim: an ETag-conditional write of a lease on the index row. A 412 or 404 means another instance (or a writer) got there first.</summary>
    private async Task<bool> TryClaimAsync(ReminderDueEntity row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        row.LeaseOwner = Owner;
        row.LeaseUntil = now + _options.LeaseDuration;
        try
        {
            Response response = await _store.Due.ReplaceAsync(row, row.ETag, cancellationToken).ConfigureAwait(false);
            row.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    private async Task DeleteStaleRowAsync(ReminderDueEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await _store.Due.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Rewritten meanwhile; a later poll decides again.
        }
    }

    private async Task DeliverAsync(string userKey, List<ReminderEntity> claimed, Counters counters, CancellationToken cancellationToken)
    {
        ReminderDigest digest = ReminderPresenter.Digest(userKey, claimed.Select(r => r.ToScheduledReminder()));
        ReminderDeliveryOutcome outcome;
        using (var timeout = new CancellationTokenSource(_options.LeaseDuration / 2, _time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken))
        {
            try
            {
                outcome = await _delivery!.DeliverAsync(userKey, digest, linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = ReminderDeliveryOutcome.Failed(timeout.IsCancellationRequested ? "timed out" : ex.GetType().Name);
            }
        }

        DateTimeOffset now = _time.GetUtcNow();
        switch (outcome.Status)
        {
            case ReminderDeliveryStatus.Delivered:
                Interlocked.Increment(ref counters.Digests);
                foreach (ReminderEntity reminder in claimed)
                {
                    reminder.Status = ReminderStatus.Sent;
                    reminder.SentAt = now;
                    reminder.Attempts++;
                    reminder.LastError = null;
                    Interlocked.Increment(ref counters.Delivered);
                    if (!await _store.TryWriteAsync(reminder, indexed: false, cancellationToken).ConfigureAwait(false))
                    {
                        // Snoozed, done, cancelled or rescheduled while it was being sent: that change stands.
                        Log.ChangedDuringDelivery(_logger, reminder.RowKey);
                    }
                }

                break;

            case ReminderDeliveryStatus.Inactive:
                Log.UserPaused(_logger, claimed[0].RowKey);
                await _availability.PauseUserAsync(userKey, cancellationToken).ConfigureAwait(false);
                if (_references is not null)
                {
                    // After the pause, so the user's next turn (which reads this mark, not the settings) resumes it.
                    await _references.MarkAwayAsync(userKey, cancellationToken).ConfigureAwait(false);
                }

                foreach (ReminderEntity reminder in claimed)
                {
                    await _store.TryWriteAsync(reminder, indexed: false, cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref counters.Paused);
                }

                break;

            default:
                foreach (ReminderEntity reminder in claimed)
                {
                    await RetryOrFailAsync(reminder, outcome, now, counters, cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task RetryOrFailAsync(ReminderEntity reminder, ReminderDeliveryOutcome outcome, DateTimeOffset now, Counters counters, CancellationToken cancellationToken)
    {
        reminder.LastError = outcome.Reason;
        if (outcome.Status == ReminderDeliveryStatus.RetryAfter)
        {
            // Throttling is the channel telling us when, not a failure: honour Retry-After without spending an attempt.
            reminder.DueUtc = now + (outcome.RetryAfter ?? _options.RetryBaseDelay);
            await _store.TryWriteAsync(reminder, indexed: true, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref counters.Retried);
            return;
        }

        reminder.Attempts++;
        if (reminder.Attempts >= _options.MaxAttempts)
        {
            reminder.Status = ReminderStatus.Failed;
            reminder.CompletedAt = now;
            await _store.TryWriteAsync(reminder, indexed: false, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref counters.Failed);
            Log.RecordedFailed(_logger, reminder.RowKey, reminder.Attempts, outcome.Reason);
            return;
        }

        reminder.DueUtc = now + Backoff(reminder.Attempts);
        await _store.TryWriteAsync(reminder, indexed: true, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref counters.Retried);
        Log.WillRetry(_logger, reminder.RowKey, reminder.Attempts, outcome.Reason, reminder.DueUtc);
    }

    /// <summary>RetryBaseDelay, doubled for each further attempt, capped at RetryMaxDelay.</summary>
    internal TimeSpan Backoff(int attempts)
    {
        double factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        double ticks = Math.Min(_options.RetryBaseDelay.Ticks * factor, _options.RetryMaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private sealed class Counters
    {
        public int IndexRowsRead;
        public int Delivered;
        public int Digests;
        public int Deferred;
        public int Conflicts;
        public int Retried;
        public int Failed;
        public int Paused;
        public int StaleRowsRemoved;

        public DispatchPollResult ToResult(bool full) =>
            new(IndexRowsRead, Delivered, Digests, Deferred, Conflicts, Retried, Failed, Paused, StaleRowsRemoved, full);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "No reminder delivery is registered (no Teams or Slack channel configured); the reminder dispatcher stays idle")]
        public static partial void NoDelivery(ILogger logger);

        [LoggerMessage(2, LogLevel.Error, "Reminder poll failed; polling again after the interval")]
        public static partial void PollFailed(ILogger logger, Exception exception);

        [LoggerMessage(3, LogLevel.Information, "Reminder poll: {Rows} due index rows, {Delivered} delivered in {Digests} digests, {Deferred} deferred by quiet hours, {Conflicts} lost to other instances, {Retried} to retry, {Failed} failed")]
        public static partial void Polled(ILogger logger, int rows, int delivered, int digests, int deferred, int conflicts, int retried, int failed);

        [LoggerMessage(4, LogLevel.Warning, "Reminder dispatch for a user in shard {Shard} stopped on a storage error (status {Status}, code {ErrorCode}); the next poll retries")]
        public static partial void UserDispatchFailed(ILogger logger, string shard, int status, string? errorCode);

        [LoggerMessage(5, LogLevel.Debug, "Reminder {ReminderId} changed while it was being delivered; the change stands")]
        public static partial void ChangedDuringDelivery(ILogger logger, string reminderId);

        [LoggerMessage(6, LogLevel.Information, "The conversation for reminder {ReminderId} is gone; the user's reminders are paused until they are back")]
        public static partial void UserPaused(ILogger logger, string reminderId);

        [LoggerMessage(7, LogLevel.Warning, "Reminder {ReminderId} failed delivery {Attempts} times ({Reason}); recorded as failed")]
        public static partial void RecordedFailed(ILogger logger, string reminderId, int attempts, string? reason);

        [LoggerMessage(8, LogLevel.Information, "Reminder {ReminderId} delivery attempt {Attempts} failed ({Reason}); retrying at {RetryAt}")]
        public static partial void WillRetry(ILogger logger, string reminderId, int attempts, string? reason, DateTimeOffset retryAt);
    }
}
