using Azure.Data.Tables;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Reminders;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewCoach.Bot.Tests.Reminders;

/// <summary>Reminder tables with a fresh prefix on the shared Azurite, a manual clock, a scheduler and dispatchers on demand.</summary>
internal sealed class ReminderRig
{
    /// <summary>Tuesday 10 March 2026, 15:00 UTC: inside default allowed hours in UTC, London and New York.</summary>
    public static readonly DateTimeOffset Tuesday = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

    public static readonly QuietHours AlwaysAllowed = new(TimeOnly.MinValue, TimeOnly.MaxValue, AllowedDays.Everyday);

    private ReminderRig(CoachTables tables, ManualTimeProvider clock, RemindersOptions options, RequestCounter requests)
    {
        Tables = tables;
        Clock = clock;
        Options = options;
        Requests = requests;
        Store = new ReminderStore(tables, clock);
        Scheduler = new TableReminderScheduler(Store);
    }

    public CoachTables Tables { get; }

    public ManualTimeProvider Clock { get; }

    public RemindersOptions Options { get; }

    public RequestCounter Requests { get; }

    public ReminderStore Store { get; }

    public TableReminderScheduler Scheduler { get; }

    public static async Task<ReminderRig> CreateAsync(AzuriteFixture azurite, RemindersOptions? options = null)
    {
        var requests = new RequestCounter();
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(azurite.Azurite.ConnectionString, clientOptions);
        var tables = new CoachTables(service, Microsoft.Extensions.Options.Options.Create(new StorageOptions { TablePrefix = "r" + Guid.NewGuid().ToString("N")[..10] }));
        foreach (TableClient table in tables.All)
        {
            await table.CreateIfNotExistsAsync();
        }

        return new ReminderRig(tables, new ManualTimeProvider(Tuesday), options ?? new RemindersOptions(), requests);
    }

    public ReminderDispatcher CreateDispatcher(IReminderDelivery delivery) =>
        new(Store, [delivery], Scheduler, Microsoft.Extensions.Options.Options.Create(Options), Clock, NullLogger<ReminderDispatcher>.Instance);

    public static ReminderRequest Request(string dedupeKey, DateTimeOffset due, ReminderKind kind = ReminderKind.ThankYouNote, string? organisation = null, string? contactId = null, string? series = null) =>
        new(kind, dedupeKey, due, "Title " + dedupeKey, "Body", ReminderFlows.ThankYou, contactId, organisation, series);

    /// <summary>Polls until a poll reads no due index rows.</summary>
    public static async Task<int> DrainAsync(ReminderDispatcher dispatcher, int maxPolls = 100)
    {
        int polls = 0;
        while (polls < maxPolls)
        {
            polls++;
            DispatchPollResult result = await dispatcher.RunOnceAsync();
            if (result.IndexRowsRead == 0)
            {
                break;
            }
        }

        return polls;
    }

    public async Task<int> CountIndexRowsAsync()
    {
        int count = 0;
        await foreach (ReminderDueEntity _ in Tables.ReminderDue.QueryAsync<ReminderDueEntity>())
        {
            count++;
        }

        return count;
    }

    public async Task<List<ReminderEntity>> AllRemindersAsync()
    {
        var list = new List<ReminderEntity>();
        await foreach (ReminderEntity entity in Tables.Reminders.QueryAsync<ReminderEntity>())
        {
            list.Add(entity);
        }

        return list;
    }
}
