using System.Diagnostics;
using InterviewCoach.Load.Channels.Teams;
using InterviewCoach.Load.Hosting;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// <c>outage</c>: Teams users walk the goal flow at C=16 while Azurite is SIGKILLed for a few seconds and started again on
/// the same port and data. Checks: outage turns get the apology (no 5xx, no silence, no crash), the same host process
/// recovers (turns succeed, /healthz 200), and every normal reply's write is in storage afterwards.
/// </summary>
internal static class OutageScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ScenarioOptions.Parse(args);
        int concurrency = options.Int("concurrency", 16);
        TimeSpan before = options.Seconds("before", 12);
        TimeSpan outage = options.Seconds("outage", 4);
        TimeSpan after = options.Seconds("after", 10);
        int hostPort = options.Int("host-port", 5400);
        int connectorPort = options.Int("connector-port", 5401);
        int azuritePort = options.Int("azurite-port", 10700);
        var report = new ScenarioReport($"outage: C={concurrency}, Azurite SIGKILLed after {before.TotalSeconds:0} s for {outage.TotalSeconds:0} s, then {after.TotalSeconds:0} s more");
        using var deadline = new CancellationTokenSource(before + outage + after + TimeSpan.FromMinutes(3));

        using DiskAzurite azurite = await DiskAzurite.StartAsync(options.RepositoryRoot, azuritePort, deadline.Token);
        await using FakeBotConnector connector = await FakeBotConnector.StartAsync(connectorPort);
        await using HostProcess host = await HostProcess.StartAsync(
            new HostSettings(options.RepositoryRoot, hostPort, HostSettings.DefaultEnvironment(azurite.ConnectionString)), TimeSpan.FromSeconds(60), deadline.Token);
        int pid = host.Pid ?? 0;
        using var turns = new TeamsTurns(connector, TimeSpan.FromSeconds(30));
        var probe = new StorageProbe(azurite.ConnectionString);
        string run = "outage" + Guid.NewGuid().ToString("N")[..6];

        var positions = new List<string>();
        IReadOnlyList<string> reference = await ScriptedLoad.ReferenceAsync(turns, host.BaseUrl, run, 0, probe, positions, deadline.Token);
        var load = new ScriptedLoad(turns, run, (_, _) => host.BaseUrl, reference);
        using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        Task running = load.RunAsync(concurrency, stopLoad.Token);

        await Task.Delay(before, deadline.Token);
        DateTimeOffset? savedBeforeKill = azurite.LastSavedAt;
        DateTimeOffset killedAt = DateTimeOffset.UtcNow;
        azurite.Kill();
        await Task.Delay(outage, deadline.Token);
        await azurite.StartAgainAsync(deadline.Token);
        DateTimeOffset restartedAt = DateTimeOffset.UtcNow;
        long recovery = Stopwatch.GetTimestamp();
        await host.WaitHealthyAsync(TimeSpan.FromSeconds(60), deadline.Token);
        long healthyAfterMs = ScriptedLoad.Elapsed(recovery);
        await Task.Delay(after, deadline.Token);
        await stopLoad.CancelAsync();
        await running;

        // Azurite saves its database every 5 s; what it acknowledged after the last save before the kill is gone with
        // it. That is the emulator's durability (Azure Table Storage persists before it answers), so those turns are
        // counted apart. The save started a little before the file's write time: keep a second of margin.
        DateTimeOffset durableBefore = (savedBeforeKill ?? killedAt) - TimeSpan.FromSeconds(1);
        TurnRecord[] records = [.. load.Records];
        var acknowledged = records.Where(r => r.Acknowledged).ToList();
        int missing = 0;
        int lostToEmulator = 0;
        var usersHitByEmulator = new HashSet<int>();
        foreach (IGrouping<int, TurnRecord> user in acknowledged.GroupBy(r => r.User))
        {
            string userKey = TeamsTurns.UserKey(run, user.Key);
            int progress = ConversationProgress.Of(
                user.Key,
                StorageProbe.Position(await probe.DialogStateAsync(userKey, deadline.Token)),
                await probe.ProfileAsync(userKey, deadline.Token),
                positions);
            foreach (TurnRecord turn in user.Where(t => t.Turn > progress))
            {
                // A normal reply that arrives after the kill was written before it (its response was on the way).
                bool inUnsavedWindow = turn.AnsweredAt > durableBefore && turn.AnsweredAt <= restartedAt;
                lostToEmulator += inUnsavedWindow ? 1 : 0;
                if (inUnsavedWindow)
                {
                    usersHitByEmulator.Add(user.Key);
                }

                if (!inUnsavedWindow && ++missing <= 5)
                {
                    Console.WriteLine($"  missing: user {user.Key} turn {turn.Turn} answered {(turn.AnsweredAt - killedAt).TotalSeconds:0.000} s from the kill (last save {((savedBeforeKill ?? killedAt) - killedAt).TotalSeconds:0.000} s); storage reflects turn {progress}");
                }

            }
        }

        // A user whose only lost turn was their first met the welcome again on the next one, and that next turn then
        // wrote state as far as the reference walk's: storage looks whole, but the divergence is the lost window's.
        foreach (int user in load.Diverged.Keys)
        {
            if (acknowledged.Any(r => r.User == user && r.AnsweredAt > durableBefore && r.AnsweredAt <= restartedAt))
            {
                usersHitByEmulator.Add(user);
            }
        }

        var duringOutage = records.Where(r => r.AnsweredAt > killedAt && r.AnsweredAt <= restartedAt).ToList();
        var afterRecovery = records.Where(r => r.AnsweredAt > restartedAt.AddMilliseconds(healthyAfterMs)).ToList();
        report.Figure("users started", load.UsersStarted);
        report.Figure("turns answered", records.Length);
        report.Figure("turns during the outage", duringOutage.Count);
        report.Figure("  of which apologies", duringOutage.Count(r => r.Outcome.Apology));
        report.Figure("apologies in all", records.Count(r => r.Outcome.Apology));
        report.Figure("/healthz 200 after restart (ms)", healthyAfterMs);
        report.Figure("acks in Azurite's unsaved 5 s window, lost", lostToEmulator);
        report.CheckAtLeast("apologies during the outage", duringOutage.Count(r => r.Outcome.Apology), 1);
        report.Check("5xx answers", records.Count(r => r.Outcome.ServerError), 0);
        report.Check("turns with no answer or no reply", records.Count(r => r.Outcome.Status != 200 || r.Outcome.Replies.Count == 0), 0);
        report.Check("host process kept running (same pid)", host.Pid == pid, $"{host.Pid}", $"{pid}");
        report.CheckAtLeast("normal replies after recovery", afterRecovery.Count(r => r.Outcome.Acknowledged), 1);
        report.Check("apologies after recovery", afterRecovery.Count(r => r.Outcome.Apology), 0);
        report.Check("acknowledged writes checked", acknowledged.Count > 0, $"{acknowledged.Count}", "> 0");
        report.Check("acknowledged writes missing", missing, 0);
        report.Figure("users sent back by the lost window", load.Diverged.Keys.Count(usersHitByEmulator.Contains));
        report.Check("users sent back otherwise", load.Diverged.Keys.Count(u => !usersHitByEmulator.Contains(u)), 0);
        foreach ((int user, string why) in load.Diverged.Where(d => !usersHitByEmulator.Contains(d.Key)).Take(3))
        {
            Console.WriteLine($"  diverged: user {user} {why}; expected \"{reference[int.Parse(why.Split(' ', ':')[1], System.Globalization.CultureInfo.InvariantCulture)]}\"");
        }

        return report.Print(Console.Out);
    }
}
