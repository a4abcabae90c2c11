using Azure.Data.Tables;
using System.Text.Json;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// Reads what the host stored, straight from the tables with the host's own Table client and key layout, to check a
/// scenario's claims against storage rather than against what the bot said.
/// </summary>
internal sealed class StorageProbe
{
    private const string DialogRowKey = "dialog";
    private const string ProfileRowKey = "profile.main";

    public StorageProbe(string connectionString, string tablePrefix = "coach")
    {
        var service = new TableServiceClient(connectionString);
        Tables = new CoachTables(service, Microsoft.Extensions.Options.Options.Create(new StorageOptions { TablePrefix = tablePrefix }));
        Scheduler = new TableReminderScheduler(new ReminderStore(Tables, TimeProvider.System));
    }

    public CoachTables Tables { get; }

    public TableReminderScheduler Scheduler { get; }

    /// <summary>The stored dialog stack of a conversation, or null when there is none.</summary>
    public async Task<string?> DialogStateAsync(string userKey, CancellationToken cancellationToken = default)
    {
        JsonDocumentEntity? entity = await Tables.UserRecords
            .FindEntityAsync<JsonDocumentEntity>(TableKey.Encode(userKey), DialogRowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return entity?.Join();
    }

    public async Task<CoachingProfile?> ProfileAsync(string userKey, CancellationToken cancellationToken = default)
    {
        JsonDocumentEntity? entity = await Tables.UserRecords
            .FindEntityAsync<JsonDocumentEntity>(TableKey.Encode(userKey), ProfileRowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return entity is null ? null : JsonSerializer.Deserialize(entity.Join(), CoachingJsonContext.Default.CoachingProfile);
    }

    /// <summary>Where a conversation stands: each dialog on the stack as <c>id:step</c>, bottom first ("" for no state).</summary>
    public static string Position(string? stateJson)
    {
        if (stateJson is null)
        {
            return string.Empty;
        }

        using var document = JsonDocument.Parse(stateJson);
        if (!document.RootElement.TryGetProperty("stack", out JsonElement stack))
        {
            return string.Empty;
        }

        return string.Join('/', stack.EnumerateArray().Select(instance =>
            instance.GetProperty("id").GetString() + ":" + (instance.TryGetProperty("step", out JsonElement step) ? step.GetInt32() : 0)));
    }

    /// <summary>
    /// Schedules one reminder per (user, title) through the host's own scheduler, with the user's allowed hours set to
    /// all day so quiet hours cannot defer it. Titles must be unique: deliveries are counted by title.
    /// </summary>
    public async Task SeedRemindersAsync(IEnumerable<(string UserKey, string Title, DateTimeOffset DueUtc)> reminders, CancellationToken cancellationToken = default)
    {
        var allDay = new QuietHours(TimeOnly.MinValue, TimeOnly.MaxValue, AllowedDays.Everyday);
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string userKey, string title, DateTimeOffset due) in reminders)
        {
            if (settled.Add(userKey))
            {
                await Scheduler.SetSettingsAsync(userKey, "UTC", allDay, cancellationToken).ConfigureAwait(false);
            }

            var request = new ReminderRequest(ReminderKind.ThankYouNote, "chaos:" + title, due, title, "Seeded by the fault scenario.", ReminderFlows.ThankYou, null, null, null);
            await Scheduler.ScheduleAsync(userKey, [request], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How many of the seeded reminders the host recorded as sent.</summary>
    public async Task<int> CountSentAsync(IEnumerable<string> userKeys, CancellationToken cancellationToken = default)
    {
        int sent = 0;
        foreach (string userKey in userKeys.Distinct(StringComparer.Ordinal))
        {
            await foreach (ReminderEntity reminder in Tables.Reminders.QueryAsync<ReminderEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {ReminderKeys.UserPartition(userKey)}"), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                sent += reminder.Status == ReminderStatus.Sent ? 1 : 0;
            }
        }

        return sent;
    }
}
