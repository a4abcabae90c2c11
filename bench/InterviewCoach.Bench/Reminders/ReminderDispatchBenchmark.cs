using Azure.Data.Tables;
using System.Diagnostics;
using System.Globalization;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bench.Reminders;

/// <summary>
/// <c>reminders [--due 10000] [--dispatchers 3] [--latency-ms 0] [--future 1000,100000]</c>: delivers a burst of due
/// reminders with several dispatchers over one Azurite and counts duplicates, then measures the cost of an idle poll
/// with different numbers of future reminders stored.
/// </summary>
public static class ReminderDispatchBenchmark
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int due = IntArg(args, "--due", 10_000);
        int dispatchers = IntArg(args, "--dispatchers", 3);
        int latencyMs = IntArg(args, "--latency-ms", 0);
        int[] futures = [.. StringArg(args, "--future", "1000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];

        await using BenchAzurite azurite = await BenchAzurite.StartAsync();
        Console.WriteLine($"Reminder dispatch benchmark: Azurite (in memory) on 127.0.0.1:{azurite.Port}, {Environment.ProcessorCount} CPUs");

        await BurstAsync(azurite, due, dispatchers, TimeSpan.FromMilliseconds(latencyMs));
        foreach (int future in futures)
        {
            await PollCostAsync(azurite, future);
        }

        return 0;
    }

    private static async Task BurstAsync(BenchAzurite azurite, int due, int dispatcherCount, TimeSpan latency)
    {
        (CoachTables tables, CountingPolicy requests) = await CreateTablesAsync(azurite);
        var clock = new FixedClock(s_now);
        const int PerUser = 5;
        string[] users = [.. Enumerable.Range(0, Math.Max(1, due / PerUser)).Select(i => $"msteams/tenant/29:user{i}")];
        var seeding = Stopwatch.StartNew();
        await SeedAsync(tables, users, PerUser, s_now.AddMinutes(-1), spread: false);
        seeding.Stop();

        var delivery = new CountingDelivery(latency);
        ReminderDispatcher[] dispatchers = [.. Enumerable.Range(0, dispatcherCount).Select(_ => CreateDispatcher(tables, clock, delivery))];
        long before = requests.Count;
        var polls = new int[dispatcherCount];
        var clockTime = Stopwatch.StartNew();
        await Task.WhenAll(dispatchers.Select((d, i) => Task.Run(async () =>
        {
            while (true)
            {
                polls[i]++;
                if ((await d.RunOnceAsync()).IndexRowsRead == 0)
                {
                    return;
                }
            }
        })));
        clockTime.Stop();

        int delivered = delivery.Counts.Values.Sum();
        int distinct = delivery.Counts.Count;
        int duplicates = delivered - distinct;
        Console.WriteLine();
        Console.WriteLine($"Burst: {users.Length * PerUser:N0} reminders due at once ({users.Length:N0} users x {PerUser}), {dispatcherCount} dispatchers, channel latency {latency.TotalMilliseconds:N0} ms");
        Console.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:N1} s (batch transactions)");
        Console.WriteLine($"  delivered {distinct:N0} distinct reminders in {delivery.Digests:N0} digests in {clockTime.Elapsed.TotalSeconds:N1} s = {distinct / clockTime.Elapsed.TotalSeconds:N0} reminders/s");
        Console.WriteLine($"  duplicates: {duplicates}   missing: {users.Length * PerUser - distinct}");
        Console.WriteLine($"  table requests: {requests.Count - before:N0} ({(double)(requests.Count - before) / Math.Max(1, distinct):N2} per reminder), polls per dispatcher: {string.Join(", ", polls)}");
    }

    private static async Task PollCostAsync(BenchAzurite azurite, int future)
    {
        (CoachTables tables, CountingPolicy requests) = await CreateTablesAsync(azurite);
        var clock = new FixedClock(s_now);
        const int PerUser = 100;
        string[] users = [.. Enumerable.Range(0, Math.Max(1, future / PerUser)).Select(i => $"slack/T1/U{i}")];
        var seeding = Stopwatch.StartNew();
        await SeedAsync(tables, users, PerUser, s_now.AddDays(1), spread: true);
        seeding.Stop();

        ReminderDispatcher dispatcher = CreateDispatcher(tables, clock, new CountingDelivery(TimeSpan.Zero));
        for (int i = 0; i < 3; i++)
        {
            await dispatcher.RunOnceAsync();
        }

        const int Polls = 20;
        var times = new double[Polls];
        long before = requests.Count;
        for (int i = 0; i < Polls; i++)
        {
            var watch = Stopwatch.StartNew();
            DispatchPollResult result = await dispatcher.RunOnceAsync();
            times[i] = watch.Elapsed.TotalMilliseconds;
            if (result.IndexRowsRead != 0)
            {
                throw new InvalidOperationException("A poll read future reminders.");
            }
        }

        Array.Sort(times);
        Console.WriteLine();
        Console.WriteLine($"Idle poll with {users.Length * PerUser:N0} future reminders stored (seeded in {seeding.Elapsed.TotalSeconds:N1} s):");
        Console.WriteLine($"  table requests per poll: {(double)(requests.Count - before) / Polls:N1}   rows read per poll: 0");
        Console.WriteLine($"  poll time: median {times[Polls / 2]:N1} ms, mean {times.Average():N1} ms, max {times[^1]:N1} ms");
    }

    private static ReminderDispatcher CreateDispatcher(CoachTables tables, TimeProvider clock, IReminderDelivery delivery)
    {
        var store = new ReminderStore(tables, clock);
        var scheduler = new TableReminderScheduler(store);
        return new ReminderDispatcher(store, [delivery], scheduler, Options.Create(new RemindersOptions()), clock, NullLogger<ReminderDispatcher>.Instance);
    }

    private static async Task<(CoachTables Tables, CountingPolicy Requests)> CreateTablesAsync(BenchAzurite azurite)
    {
        var requests = new CountingPolicy();
        var options = new TableClientOptions();
        options.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(azurite.ConnectionString, options);
        var tables = new CoachTables(service, Options.Create(new StorageOptions { TablePrefix = "b" + Guid.NewGuid().ToString("N")[..10] }));
        foreach (TableClient table in tables.All)
        {
            await table.CreateIfNotExistsAsync();
        }

        return (tables, requests);
    }

    /// <summary>Pending reminders and their index rows, in the scheduler's shape, written with batch transactions.</summary>
    private static async Task SeedAsync(CoachTables tables, IReadOnlyList<string> users, int perUser, DateTimeOffset due, bool spread)
    {
        var rows = new List<ReminderDueEntity>();
        var reminders = new List<ReminderEntity>();
        foreach (string user in users)
        {
            for (int i = 0; i < perUser; i++)
            {
                string dedupe = "bench" + i.ToString(CultureInfo.InvariantCulture);
                DateTimeOffset at = spread ? due.AddSeconds(i) : due;
                var row = new ReminderDueEntity
                {
                    PartitionKey = ReminderKeys.Shard(user),
                    RowKey = ReminderKeys.NewIndexKey(at, user),
                    UserKey = user,
                    ReminderId = ReminderKeys.ReminderId(user, dedupe),
                    CreatedAt = s_now.AddDays(-1),
                };
                rows.Add(row);
                reminders.Add(new ReminderEntity
                {
                    PartitionKey = ReminderKeys.UserPartition(user),
                    RowKey = row.ReminderId,
                    UserKey = user,
                    Kind = ReminderKind.ThankYouNote,
                    Status = ReminderStatus.Pending,
                    DedupeKey = dedupe,
                    Title = "Send a thank-you note",
                    Body = "A short thank-you within a day keeps the door open.",
                    FlowCommand = ReminderFlows.ThankYou,
                    DueUtc = at,
                    CreatedAt = s_now.AddDays(-1),
                    IndexKey = row.RowKey,
                });
            }
        }

        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)).Select(c => (tables.ReminderDue, Actions(c)))
            .Concat(reminders.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)).Select(c => (tables.Reminders, Actions(c))))
            .ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (b, ct) => await b.Item1.SubmitTransactionAsync(b.Item2, ct));
    }

    private static List<TableTransactionAction> Actions(IEnumerable<ITableEntity> entities) =>
        [.. entities.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e))];

    private static int IntArg(string[] args, string name, int fallback) =>
        int.Parse(StringArg(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static string StringArg(string[] args, string name, string fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
