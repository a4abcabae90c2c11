using System.Collections.Concurrent;
using System.Globalization;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Tests.Reminders;

/// <summary>An in-memory <see cref="IReminderScheduler"/> that keeps every reminder (whatever its status) and the settings per user.</summary>
internal sealed class FakeReminderScheduler : IReminderScheduler
{
    private readonly ConcurrentDictionary<string, List<ScheduledReminder>> _reminders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReminderSettings> _settings = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>Snooze times asked for, by reminder id.</summary>
    public Dictionary<string, DateTimeOffset> SnoozedUntil { get; } = new(StringComparer.Ordinal);

    public ScheduledReminder Add(string userKey, string title, DateTimeOffset dueUtc, ReminderStatus status = ReminderStatus.Pending, string? contactId = null, ReminderKind kind = ReminderKind.ThankYouNote)
    {
        string id = "r" + Interlocked.Increment(ref _next).ToString("x4", CultureInfo.InvariantCulture);
        var reminder = new ScheduledReminder(id, kind, status, dueUtc, title, "A short note today keeps the door open.", ReminderFlows.ThankYou, "key-" + id, contactId);
        List<ScheduledReminder> list = _reminders.GetOrAdd(userKey, _ => []);
        lock (list)
        {
            list.Add(reminder);
        }

        return reminder;
    }

    public ScheduledReminder? Find(string userKey, string id) => All(userKey).FirstOrDefault(r => r.Id == id);

    /// <summary>The user's reminders still to come, soonest first.</summary>
    public IReadOnlyList<ScheduledReminder> Pending(string userKey) =>
        [.. All(userKey).Where(r => r.Status == ReminderStatus.Pending).OrderBy(r => r.DueUtc)];

    public Task<IReadOnlyList<ScheduledReminder>> ScheduleAsync(string userKey, IEnumerable<ReminderRequest> requests, CancellationToken cancellationToken = default)
    {
        var added = new List<ScheduledReminder>();
        List<ScheduledReminder> list = _reminders.GetOrAdd(userKey, _ => []);
        foreach (ReminderRequest request in requests)
        {
            // Like the real store: the same dedupe key replaces the earlier reminder (same id, pending again).
            lock (list)
            {
                int index = list.FindIndex(r => r.DedupeKey == request.DedupeKey);
                string id = index >= 0 ? list[index].Id : "r" + Interlocked.Increment(ref _next).ToString("x4", CultureInfo.InvariantCulture);
                var reminder = new ScheduledReminder(
                    id, request.Kind, ReminderStatus.Pending, request.DueUtc, request.Title, request.Body, request.FlowCommand, request.DedupeKey, request.ContactId, request.Organisation);
                if (index >= 0)
                {
                    list[index] = reminder;
                }
                else
                {
                    list.Add(reminder);
                }

                added.Add(reminder);
            }
        }

        return Task.FromResult<IReadOnlyList<ScheduledReminder>>(added);
    }

    public Task<int> CancelAsync(string userKey, ReminderCancellation cancellation, CancellationToken cancellationToken = default)
    {
        int count = Update(userKey, r => r.Status is ReminderStatus.Pending or ReminderStatus.Failed
            && cancellation.Matches(r.Kind, r.DedupeKey, r.Organisation, r.ContactId), r => r with { Status = ReminderStatus.Cancelled });
        return Task.FromResult(count);
    }

    public Task<IReadOnlyList<ScheduledReminder>> ListUpcomingAsync(string userKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ScheduledReminder>>(All(userKey)
            .Where(r => r.Status is ReminderStatus.Pending or ReminderStatus.Failed)
            .OrderBy(r => r.DueUtc)
            .ToList());

    public Task<bool> MarkDoneAsync(string userKey, string reminderId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Update(userKey, r => r.Id == reminderId, r => r with { Status = ReminderStatus.Done }) > 0);

    public Task<bool> SnoozeAsync(string userKey, string reminderId, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        bool snoozed = Update(
            userKey,
            r => r.Id == reminderId && r.Status is not (ReminderStatus.Done or ReminderStatus.Cancelled),
            r => r with { Status = ReminderStatus.Pending, DueUtc = until }) > 0;
        if (snoozed)
        {
            SnoozedUntil[reminderId] = until;
        }

        return Task.FromResult(snoozed);
    }

    public Task SetSettingsAsync(string userKey, string timeZoneId, QuietHours quietHours, CancellationToken cancellationToken = default)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            throw new ArgumentException($"Unknown time zone {timeZoneId}.", nameof(timeZoneId));
        }

        _settings[userKey] = new ReminderSettings(timeZoneId, quietHours);
        return Task.CompletedTask;
    }

    public Task<ReminderSettings> GetSettingsAsync(string userKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(_settings.TryGetValue(userKey, out ReminderSettings? settings) ? settings : ReminderSettings.Default);

    private List<ScheduledReminder> All(string userKey)
    {
        List<ScheduledReminder> list = _reminders.GetOrAdd(userKey, _ => []);
        lock (list)
        {
            return [.. list];
        }
    }

    private int Update(string userKey, Func<ScheduledReminder, bool> match, Func<ScheduledReminder, ScheduledReminder> change)
    {
        List<ScheduledReminder> list = _reminders.GetOrAdd(userKey, _ => []);
        int count = 0;
        lock (list)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (match(list[i]))
                {
                    list[i] = change(list[i]);
                    count++;
                }
            }
        }

        return count;
    }
}
