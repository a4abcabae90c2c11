using System.Diagnostics;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using Xunit.Abstractions;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// Ids carrying key and filter syntax, control characters and excessive length, from Teams and Slack senders who all
/// ask for an export of "their" data: nothing fails, no stored entity of the victims changes, and no victim's data
/// reaches anyone else.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class InjectedIdTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string Marker = "Quillfeather";
    private const string SlackVictimTeam = "TVICTIM1";
    private const string SlackVictimUser = "UVICTIM1";

    [Fact]
    public async Task HostileIdsNeitherFailNorReachAnotherUsersData()
    {
        await using LocalBadInputHost local = await LocalBadInputHost.StartAsync(azurite.Azurite);
        LocalChat victim = local.Chat("victim-user");
        Assert.True(await victim.FinishGoalFlowAsync("Vera " + Marker), "the Teams victim could not set up a goal");
        await SetUpSlackVictimAsync(local);
        Assert.Contains(Marker, await ExportAsync(victim), StringComparison.Ordinal);

        TableSnapshot before = await local.Runner.SettleAsync();
        int teamsCallsBefore = local.Channel.Calls.Count;
        int slackCallsBefore = local.Slack.Calls.Count;
        var signer = new SlackCorpus(SlackTestHost.Secret, DateTimeOffset.UtcNow, BadInputCorpusTests.Seed);
        List<CorpusCase> corpus =
        [
            .. InjectionCorpus.Teams(local.Channel.BaseUrl, victim.UserId, "export my data"),
            .. InjectionCorpus.Slack(signer, SlackVictimTeam, SlackVictimUser, "export my data"),
        ];

        var clock = Stopwatch.StartNew();
        await local.Runner.RunAsync(corpus);
        TableSnapshot after = await local.Runner.SettleAsync();
        output.WriteLine(CorpusReport.Table(local.Runner.Results, clock.Elapsed));
        output.WriteLine($"waiting for idle and snapshotting took {local.Runner.SettleTime.TotalSeconds:F1} s");
        foreach (string failure in local.Runner.Failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(local.Runner.Failures.Count == 0, $"{local.Runner.Failures.Count} failures:\n" + string.Join('\n', local.Runner.Failures.Take(40)));
        IReadOnlyList<string> touched = [.. after.ChangesSince(before).Where(c => !c.StartsWith("added ", StringComparison.Ordinal))];
        Assert.True(touched.Count == 0, "entities that existed before the attack changed: " + string.Join("; ", touched.Take(10)));
        Assert.DoesNotContain(local.Channel.Calls.Skip(teamsCallsBefore), c => c.Body.ToJsonString().Contains(Marker, StringComparison.Ordinal));
        Assert.DoesNotContain(local.Slack.Calls.Skip(slackCallsBefore), c => c.Body.Contains(Marker, StringComparison.Ordinal));
        Assert.True(local.Slack.Calls.Count > slackCallsBefore, "the Slack senders got no answers at all, so the leak check above proved nothing");

        // The victims still have their data and the host still answers.
        Assert.Contains(Marker, await ExportAsync(victim), StringComparison.Ordinal);
        Assert.Equal(200, await local.HealthAsync());
        Assert.True(local.Errors.Entries.Count == 0, "the host logged errors:\n" + string.Join('\n', local.Errors.Entries.Take(20)));
    }

    private static async Task<string> ExportAsync(LocalChat chat)
    {
        await chat.SayAsync("menu");
        (int status, IReadOnlyList<ConnectorCall> replies) = await chat.SayAsync("export my data");
        Assert.Equal(200, status);
        return string.Join('\n', replies.Select(r => r.Body.ToJsonString()));
    }

    /// <summary>A Slack user who set a goal by DM, so Slack ids around theirs have someone to reach for.</summary>
    private static async Task SetUpSlackVictimAsync(LocalBadInputHost local)
    {
        var signer = new SlackCorpus(SlackTestHost.Secret, DateTimeOffset.UtcNow, BadInputCorpusTests.Seed);
        string[] script = ["menu", "goal", "Sam " + Marker, "skip", "Still exploring my options", "UX research (design), data journalism", "1, 3", "2"];
        for (int i = 0; i < script.Length; i++)
        {
            string dm = SlackTestHost.DirectMessage(SlackVictimTeam, SlackVictimUser, script[i], "EvVictim" + i);
            CorpusResult result = await local.Runner.SendAsync(signer.SignedCase(SlackCorpus.Events, "setup", "victim DM " + i, dm, "application/json", CaseExpectation.NoServerError));
            Assert.Equal(200, result.Status);
            await local.Runner.SettleAsync();
        }

        await local.Slack.WaitForAsync("chat.postMessage", script.Length);
    }
}
