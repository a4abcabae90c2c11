using System.Globalization;
using System.Text;
using InterviewCoach.Load.Channels.Teams;
using InterviewCoach.Load.Hosting;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// <c>instances</c>: three hosts over one Azurite, each conversation's consecutive turns on different hosts (so every
/// turn after the first meets another instance's cached state and the ETag conflict path). Checks: every finished
/// conversation saved all its answers, no conversation was sent back a step, and reminders due now with three
/// dispatchers reach the connector exactly once each.
/// </summary>
internal static class InstancesScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScenarioOptions.Parse(args);
        int concurrency = options.Int("concurrency", 16);
        int reminderCount = options.Int("reminders", 60);
        TimeSpan duration = options.Seconds("duration", 12);
        int firstHostPort = options.Int("host-port", 5440);
        int connectorPort = options.Int("connector-port", 5443);
        int azuritePort = options.Int("azurite-port", 10740);
        var report = new ScenarioReport($"instances: 3 hosts on one Azurite, C={concurrency} for {duration.TotalSeconds:0} s, turns round-robin, then {reminderCount} reminders due at once");
        using var deadline = new CancellationTokenSource(duration + TimeSpan.FromMinutes(3));

        using AzuriteProcess azurite = await AzuriteProcess.StartAsync(options.RepositoryRoot, azuritePort, deadline.Token);
        await using FakeBotConnector connector = await FakeBotConnector.StartAsync(connectorPort);
        Dictionary<string, string> environment = HostSettings.DefaultEnvironment(azurite.ConnectionString);
        environment["Reminders__PollInterval"] = "00:00:01";
        var hosts = new List<HostProcess>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                hosts.Add(await HostProcess.StartAsync(new HostSettings(options.RepositoryRoot, firstHostPort + i, environment), TimeSpan.FromSeconds(60), deadline.Token));
            }

            using var turns = new TeamsTurns(connector, TimeSpan.FromSeconds(30));
            var probe = new StorageProbe(azurite.ConnectionString);
            string run = "inst" + Guid.NewGuid().ToString("N")[..6];
            var positions = new List<string>();
            IReadOnlyList<string> reference = await ScriptedLoad.ReferenceAsync(turns, hosts[0].BaseUrl, run, 0, probe, positions, deadline.Token);
            var load = new ScriptedLoad(turns, run, (user, turn) => hosts[(user + turn) % hosts.Count].BaseUrl, reference);
            using (var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token))
            {
                Task running = load.RunAsync(concurrency, stopLoad.Token);
                await Task.Delay(duration, deadline.Token);
                await stopLoad.CancelAsync();
                await running;
            }

            int lost = 0;
            foreach (int user in load.Completed)
            {
                if (GoalScript.Mismatch(user, await probe.ProfileAsync(TeamsTurns.UserKey(run, user), deadline.Token)) is { } field)
                {
                    lost++;
                    Console.WriteLine($"  lost update: user {user}: {field}");
                }
            }

            // Reminders due now for users with a conversation reference; three dispatchers race for them.
            foreach ((int user, string why) in load.Diverged.Take(3))
            {
                Console.WriteLine($"  sent back: user {user} {why}");
            }

            int[] speakers = [.. load.Records.Where(r => r.Acknowledged).Select(r => r.User).Distinct().Take(reminderCount)];
            DateTimeOffset now = DateTimeOffset.UtcNow;
            var seeded = Enumerable.Range(0, reminderCount)
                .Select(i => (User: speakers[i % speakers.Length], Title: string.Create(CultureInfo.InvariantCulture, $"Chaos reminder #{i:0000}#"), Due: now))
                .ToList();
            await probe.SeedRemindersAsync(seeded.Select(s => (TeamsTurns.UserKey(run, s.User), s.Title, s.Due)), deadline.Token);
            var deliveries = new Dictionary<string, int>(StringComparer.Ordinal);
            DateTimeOffset giveUp = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
            do
            {
                await Task.Delay(1000, deadline.Token);
                foreach ((int user, string title, _) in seeded)
                {
                    deliveries[title] = connector.Conversation(TeamsTurns.ConversationId(run, user)).Since(0).Count(m => m.Contains(Encoding.UTF8.GetBytes(title)));
                }
            }
            while (deliveries.Values.Any(d => d == 0) && DateTimeOffset.UtcNow < giveUp);

            await Task.Delay(TimeSpan.FromSeconds(2), deadline.Token); // room for a late duplicate to show
            foreach ((int user, string title, _) in seeded)
            {
                deliveries[title] = connector.Conversation(TeamsTurns.ConversationId(run, user)).Since(0).Count(m => m.Contains(Encoding.UTF8.GetBytes(title)));
            }

            TurnRecord[] records = [.. load.Records];
            report.Figure("users started", load.UsersStarted);
            report.Figure("turns answered", records.Length);
            report.Figure("apologies (conflicts that ran out of attempts)", records.Count(r => r.Outcome.Apology));
            report.CheckAtLeast("conversations finished", load.Completed.Count, 1);
            report.Check("finished conversations missing an answer", lost, 0);
            report.Check("users sent back to another step", load.Diverged.Count, 0);
            report.Check("5xx answers", records.Count(r => r.Outcome.ServerError), 0);
            report.Check("reminders delivered", deliveries.Values.Count(d => d > 0), reminderCount);
            report.Check("reminder duplicates", deliveries.Values.Sum(d => Math.Max(0, d - 1)), 0);
            return report.Print(Console.Out);
        }
        finally
        {
            foreach (HostProcess host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }
}
