using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using InterviewCoach.Load.Channels.Teams;
using InterviewCoach.Load.Hosting;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// <c>restart</c>: the host is SIGKILLed under C=16 load and started again on the same port and Azurite, with reminders
/// falling due around the kill. Checks: every interrupted conversation resumes where storage left it (the next answer
/// gets the next prompt, not the welcome or an error), and every reminder reaches the connector exactly once.
/// </summary>
internal static class RestartScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScenarioOptions.Parse(args);
        int concurrency = options.Int("concurrency", 16);
        int reminderCount = options.Int("reminders", 40);
        TimeSpan before = options.Seconds("before", 8);
        TimeSpan after = options.Seconds("after", 6);
        int hostPort = options.Int("host-port", 5420);
        int connectorPort = options.Int("connector-port", 5421);
        int azuritePort = options.Int("azurite-port", 10720);
        var report = new ScenarioReport($"restart: C={concurrency}, host SIGKILLed after {before.TotalSeconds:0} s and restarted, {reminderCount} reminders due from 2 s before to 3 s after the kill");
        using var deadline = new CancellationTokenSource(before + after + TimeSpan.FromMinutes(3));

        using AzuriteProcess azurite = await AzuriteProcess.StartAsync(options.RepositoryRoot, azuritePort, deadline.Token);
        await using FakeBotConnector connector = await FakeBotConnector.StartAsync(connectorPort);
        Dictionary<string, string> environment = HostSettings.DefaultEnvironment(azurite.ConnectionString);
        environment["Reminders__PollInterval"] = "00:00:01";
        environment["Reminders__LeaseDuration"] = "00:00:10";
        await using HostProcess host = await HostProcess.StartAsync(new HostSettings(options.RepositoryRoot, hostPort, environment), TimeSpan.FromSeconds(60), deadline.Token);
        using var turns = new TeamsTurns(connector, TimeSpan.FromSeconds(30));
        var probe = new StorageProbe(azurite.ConnectionString);
        string run = "restart" + Guid.NewGuid().ToString("N")[..6];

        var positions = new List<string>();
        IReadOnlyList<string> reference = await ScriptedLoad.ReferenceAsync(turns, host.BaseUrl, run, 0, probe, positions, deadline.Token);
        var hostBack = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var interrupted = new ConcurrentDictionary<int, string>();
        var broken = new ConcurrentDictionary<int, string>();
        var load = new ScriptedLoad(turns, run, (_, _) => host.BaseUrl, reference)
        {
            // The request died with the host: wait for it, then ask storage whether that turn was kept, and go on from there.
            OnNoAnswer = async (user, turn, cancellationToken) =>
            {
                await hostBack.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                string userKey = TeamsTurns.UserKey(run, user);
                int progress = ConversationProgress.Of(
                    user,
                    StorageProbe.Position(await probe.DialogStateAsync(userKey, cancellationToken).ConfigureAwait(false)),
                    await probe.ProfileAsync(userKey, cancellationToken).ConfigureAwait(false),
                    positions);
                interrupted[user] = progress == turn ? "kept" : "not kept";
                if (progress != turn && progress != turn - 1)
                {
                    broken[user] = string.Create(CultureInfo.InvariantCulture, $"was sending turn {turn}, storage reflects turn {progress}");
                }

                return progress == turn ? turn + 1 : turn;
            },
        };
        using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        Task running = load.RunAsync(concurrency, stopLoad.Token);

        // Reminders for users who have spoken (so they have a conversation reference), due around the kill.
        TimeSpan seedLead = TimeSpan.FromSeconds(4);
        await Task.Delay(before - seedLead, deadline.Token);
        DateTimeOffset plannedKill = DateTimeOffset.UtcNow + seedLead;
        int[] speakers = [.. load.Records.Where(r => r.Acknowledged).Select(r => r.User).Distinct().Take(reminderCount)];
        var seeded = Enumerable.Range(0, reminderCount)
            .Select(i => (User: speakers[i % speakers.Length], Title: string.Create(CultureInfo.InvariantCulture, $"Chaos reminder #{i:0000}#"),
                Due: plannedKill + TimeSpan.FromMilliseconds(-2000 + (5000.0 * i / reminderCount))))
            .ToList();
        await probe.SeedRemindersAsync(seeded.Select(s => (TeamsTurns.UserKey(run, s.User), s.Title, s.Due)), deadline.Token);
        TimeSpan wait = plannedKill - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, deadline.Token);
        }

        int pid = host.Pid ?? 0;
        host.KillNow();
        await Task.Delay(TimeSpan.FromSeconds(1), deadline.Token);
        await host.RestartAsync(TimeSpan.FromSeconds(60), deadline.Token);
        hostBack.TrySetResult();
        await Task.Delay(after, deadline.Token);
        await stopLoad.CancelAsync();
        await running;

        // Reminders: wait until each has arrived (a claim the dead host held comes back after the 10 s lease).
        var deliveries = new Dictionary<string, int>(StringComparer.Ordinal);
        DateTimeOffset giveUp = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            foreach ((int user, string title, _) in seeded)
            {
                byte[] marker = Encoding.UTF8.GetBytes(title);
                deliveries[title] = connector.Conversation(TeamsTurns.ConversationId(run, user)).Since(0).Count(m => m.Contains(marker));
            }

            if (deliveries.Values.All(d => d > 0) || DateTimeOffset.UtcNow > giveUp)
            {
                break;
            }

            await Task.Delay(500, deadline.Token);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), deadline.Token); // room for a late duplicate to show
        foreach ((int user, string title, _) in seeded)
        {
            byte[] marker = Encoding.UTF8.GetBytes(title);
            deliveries[title] = connector.Conversation(TeamsTurns.ConversationId(run, user)).Since(0).Count(m => m.Contains(marker));
        }

        TurnRecord[] records = [.. load.Records];
        var resumedTurns = records.Where(r => interrupted.ContainsKey(r.User)).GroupBy(r => r.User)
            .Select(g => g.Where(r => r.Outcome.Status != 0).OrderBy(r => r.AnsweredAt).FirstOrDefault())
            .Where(r => r is not null).ToList();
        report.Figure("users started", load.UsersStarted);
        report.Figure("turns answered", records.Count(r => r.Outcome.Status != 0));
        report.Figure("host pid before / after", $"{pid} / {host.Pid}");
        report.Figure("conversations interrupted", interrupted.Count);
        report.Figure("  turn in flight kept / not kept", $"{interrupted.Values.Count(v => v == "kept")} / {interrupted.Values.Count(v => v != "kept")}");
        report.Check("interrupted, storage not at that turn", broken.Count, 0);
        report.Check("first turn after restart answered as expected", resumedTurns.Count(r => r!.Acknowledged), resumedTurns.Count);
        report.Check("users sent back to another step", load.Diverged.Count, 0);
        report.Check("5xx answers", records.Count(r => r.Outcome.ServerError), 0);
        report.Check("reminders delivered", deliveries.Values.Count(d => d > 0), reminderCount);
        report.Check("reminders delivered twice or more", deliveries.Values.Count(d => d > 1), 0);
        report.Check("reminders stored as sent", await probe.CountSentAsync(seeded.Select(s => TeamsTurns.UserKey(run, s.User)), deadline.Token), reminderCount);
        foreach ((int user, string why) in load.Diverged.Take(3))
        {
            Console.WriteLine($"  sent back: user {user} {why}");
        }

        foreach ((int user, string why) in broken.Take(3))
        {
            Console.WriteLine($"  not resumed: user {user} {why}");
        }

        return report.Print(Console.Out);
    }
}
