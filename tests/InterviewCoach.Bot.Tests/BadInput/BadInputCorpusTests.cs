using System.Diagnostics;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using Xunit.Abstractions;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// The bad-input corpus replayed against a live host over real HTTP and real Azurite: zero 5xx, every refusal leaves
/// every table as it was, and afterwards the host is healthy and an ordinary user can finish a flow.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class BadInputCorpusTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    public const int Seed = 20261121;

    [Fact]
    public async Task TheCorpusHoldsAtLeastAThousandCasesAcrossEveryEndpoint()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        List<CorpusCase> all =
        [
            .. TeamsCorpus.Build(channel.BaseUrl, Seed),
            .. new SlackCorpus(SlackTestHost.Secret, DateTimeOffset.UtcNow, Seed).Build(),
            .. HostCorpus.Build(Seed),
            .. TokenCorpus.Build(channel),
            .. InjectionCorpus.Teams(channel.BaseUrl, "victim", "export my data"),
            .. InjectionCorpus.Slack(new SlackCorpus(SlackTestHost.Secret, DateTimeOffset.UtcNow, Seed), "TVICTIM", "UVICTIM", "export my data"),
        ];

        output.WriteLine("Cases per endpoint and category (counted here, sent by the replay tests; status columns are empty):");
        output.WriteLine(CorpusReport.Table(all.Select(c => new CorpusResult(c, 0, null)), TimeSpan.Zero));
        Assert.True(all.Count >= 1_000, $"only {all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.ToString()).Distinct(StringComparer.Ordinal).Count());
        string[] endpoints = [TeamsCorpus.Endpoint, SlackCorpus.Commands, SlackCorpus.Events, SlackCorpus.Interactions, HostCorpus.DevChatPost, HostCorpus.DevChatRead, HostCorpus.Health, HostCorpus.Page];
        Assert.All(endpoints, e => Assert.Contains(all, c => c.Endpoint == e));
    }

    [Fact]
    public async Task BrokenAndForgedRequestsToEveryLocalEndpointGetNoServerErrorAndRefusalsChangeNothing()
    {
        await using LocalBadInputHost local = await LocalBadInputHost.StartAsync(azurite.Azurite);
        List<CorpusCase> corpus =
        [
            .. TeamsCorpus.Build(local.Channel.BaseUrl, Seed),
            .. new SlackCorpus(SlackTestHost.Secret, DateTimeOffset.UtcNow, Seed).Build(),
            .. HostCorpus.Build(Seed),
        ];

        var clock = Stopwatch.StartNew();
        await local.Runner.RunAsync(corpus);
        output.WriteLine(CorpusReport.Table(local.Runner.Results, clock.Elapsed));
        output.WriteLine($"of the 5xx, {local.Runner.Results.Count(r => r.Status == 501 && r.Case.Expect == CaseExpectation.NotImplementedInvoke)} are the 501 Bot Framework asks for an invoke name the bot does not implement");
        output.WriteLine($"refused-only batches checked against table snapshots: {local.Runner.RejectedBatchesChecked}; waiting for idle and snapshotting took {local.Runner.SettleTime.TotalSeconds:F1} s");
        foreach (string failure in local.Runner.Failures)
        {
            output.WriteLine(failure);
        }

        // A 500 is an exception the host logged: show it next to the case, or a rare failure cannot be diagnosed.
        Assert.True(
            local.Runner.Failures.Count == 0,
            $"{local.Runner.Failures.Count} failures:\n" + string.Join('\n', local.Runner.Failures.Take(40))
            + "\nhost errors:\n" + string.Join('\n', local.Errors.Entries.Take(10)));
        Assert.Equal(200, await local.HealthAsync());
        Assert.True(local.Errors.Entries.Count == 0, "the host logged errors:\n" + string.Join('\n', local.Errors.Entries.Take(20)));
        Assert.True(await local.Chat("after-corpus-user").FinishGoalFlowAsync(), "an ordinary user could not finish the goal flow after the corpus");
    }

    [Fact]
    public async Task ForgedExpiredAndReplayedTokensAreRefusedWith401AndChangeNothing()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel);
        var runner = new CorpusRunner(host.Client, host.Services);
        IReadOnlyList<CorpusCase> corpus = TokenCorpus.Build(channel);

        var clock = Stopwatch.StartNew();
        await runner.RunAsync(corpus);
        output.WriteLine(CorpusReport.Table(runner.Results, clock.Elapsed));

        Assert.True(runner.Failures.Count == 0, $"{runner.Failures.Count} failures:\n" + string.Join('\n', runner.Failures.Take(40)));
        Assert.Equal(runner.Results.Count, runner.Results.Count(r => r.Status == 401));
        Assert.Equal(0, channel.Attempts);

        // The same host still serves a correctly signed activity.
        System.Text.Json.Nodes.JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", channel.BaseUrl);
        using HttpResponseMessage ok = await host.PostActivityAsync(activity, channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>()));
        Assert.Equal(System.Net.HttpStatusCode.OK, ok.StatusCode);
        using HttpResponseMessage health = await host.Client.GetAsync("healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }
}
