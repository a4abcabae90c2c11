using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Diagnostics;

/// <summary>
/// <c>GET /api/stats</c> counts turns and every table request, so a load driver can report storage cost per turn.
/// It also pins that cost: after a conversation's first turn, an ordinary turn is exactly one conditional write.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class StatsEndpointTests(AzuriteFixture azurite)
{
    private static readonly string[] s_goalFlow = ["hi", "goal", "Ana Souza", "skip", "Still exploring my options", "UX research (design), data journalism"];

    [Fact]
    public async Task StatsAreNotMappedUnlessEnabled()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, realCoach: true);
        using HttpResponseMessage response = await host.Client.GetAsync("api/stats");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnOrdinaryTurnCostsOneConditionalTableWriteAndNothingElse()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(
            azurite.Azurite, channel: null, extra: new Dictionary<string, string?> { ["Diagnostics:Stats"] = "true" }, realCoach: true);
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", channel.BaseUrl);
        activity["conversation"]!["id"] = "a:stats-" + Guid.NewGuid().ToString("N");

        await SendAsync(host, channel, activity, s_goalFlow[0], 1);
        await SendAsync(host, channel, activity, s_goalFlow[1], 2);
        JsonElement before = await StatsAsync(host);
        for (int i = 2; i < s_goalFlow.Length; i++)
        {
            await SendAsync(host, channel, activity, s_goalFlow[i], i + 1);
        }

        JsonElement after = await StatsAsync(host);
        int turns = s_goalFlow.Length - 2;
        Assert.Equal(turns, Delta(before, after, "turns"));
        Assert.Equal(turns, TurnRequests(before, after));
        Assert.Equal(turns, Delta(before, after, "storage", "conditionalWrites"));
        Assert.Equal(0, Delta(before, after, "storage", "unconditionalWrites"));
        Assert.Equal(turns, Delta(before, after, "tableOps", "update"));
    }

    [Fact]
    public async Task ANewUsersFirstTurnIsThreeInsertsAndNoRead()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(
            azurite.Azurite, channel: null, extra: new Dictionary<string, string?> { ["Diagnostics:Stats"] = "true" }, realCoach: true);
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", channel.BaseUrl);
        activity["conversation"]!["id"] = "a:stats-" + Guid.NewGuid().ToString("N");
        activity["from"]!["id"] = "29:new-" + Guid.NewGuid().ToString("N");
        JsonElement before = await StatsAsync(host);

        await SendAsync(host, channel, activity, "hi", 1);

        // The reference, the dialog state, and the reminders' time zone from the activity's clientInfo: nothing read,
        // because the reference insert showed the user is new. Before, the state and the settings were read first.
        JsonElement after = await StatsAsync(host);
        Assert.Equal(3, TurnRequests(before, after));
        Assert.Equal(3, Delta(before, after, "tableOps", "insert"));
        Assert.Equal(0, Delta(before, after, "tableOps", "get"));
        Assert.Equal(0, Delta(before, after, "storage", "unconditionalWrites"));
    }

    [Fact]
    public async Task ANewUsersWholeGoalSettingReadsNothingAndTheirGoalsAreThereNextTime()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(
            azurite.Azurite, channel: null, extra: new Dictionary<string, string?> { ["Diagnostics:Stats"] = "true" }, realCoach: true);
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", channel.BaseUrl);
        activity["conversation"]!["id"] = "a:stats-" + Guid.NewGuid().ToString("N");
        activity["from"]!["id"] = "29:goals-" + Guid.NewGuid().ToString("N");
        string[] walk = [.. s_goalFlow, "1, 3", "2"];
        JsonElement before = await StatsAsync(host);

        for (int i = 0; i < walk.Length; i++)
        {
            await SendAsync(host, channel, activity, walk[i], i + 1);
        }

        // A new user has no profile to show, so the goal flow does not look for one: the first turn's three inserts and
        // one state write per later turn, the last one a transaction that carries the profile's insert with it. Before,
        // the flow read the absent profile first, and the profile was a request of its own.
        JsonElement after = await StatsAsync(host);
        Assert.Equal(0, Delta(before, after, "tableOps", "get"));
        Assert.Equal(3 + (walk.Length - 1), TurnRequests(before, after));
        Assert.Equal(1, Delta(before, after, "tableOps", "batch"));
        Assert.Equal(0, Delta(before, after, "storage", "unconditionalWrites"));

        int calls = channel.Calls.Count;
        await SendAsync(host, channel, activity, "goal", walk.Length + 1);
        Assert.Contains(channel.Calls.Skip(calls), c => c.PlainText.Contains("Your goals", StringComparison.Ordinal) && c.PlainText.Contains("Ana Souza", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AUserWhoseReferenceIsGoneButWhoseConversationIsStoredCarriesOnWhereTheyWereOnAnotherInstance()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost first = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, realCoach: true);
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", channel.BaseUrl);
        activity["conversation"]!["id"] = "a:stats-" + Guid.NewGuid().ToString("N");
        activity["from"]!["id"] = "29:back-" + Guid.NewGuid().ToString("N");
        await SendAsync(first, channel, activity, "hi", 1);
        await SendAsync(first, channel, activity, "goal", 2);
        await SendAsync(first, channel, activity, "Ana Souza", 3);
        TableClient references = first.Services.GetRequiredService<CoachTables>().ConversationReferences;
        await foreach (TableEntity row in references.QueryAsync<TableEntity>())
        {
            await references.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        // A fresh instance creates the reference again, so it takes the user for new: its insert of the dialog state
        // is refused, and the turn runs on the stored step (the phone number), not on a new conversation.
        await using TeamsTestHost second = await TeamsTestHost.StartAsync(
            azurite.Azurite, channel: null, tablePrefix: first.TablePrefix, extra: new Dictionary<string, string?> { ["Diagnostics:Stats"] = "true" }, realCoach: true);
        JsonElement before = await StatsAsync(second);
        int calls = channel.Calls.Count;
        await SendAsync(second, channel, activity, "skip", 4);

        Assert.Equal("Where are you right now?", channel.Calls[calls].Text);
        Assert.NotNull(await second.References.GetAsync(new UserAddress("msteams", "72f988bf-86f1-41af-91ab-2d7cd011db47", activity["from"]!["id"]!.GetValue<string>()).Key));
        JsonElement after = await StatsAsync(second);
        Assert.Equal(0, Delta(before, after, "storage", "unconditionalWrites"));
    }

    [Fact]
    public async Task ARedeliveredActivityCostsNoTableRequestOnTheInstanceThatHandledIt()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(
            azurite.Azurite, channel: null, extra: new Dictionary<string, string?> { ["Diagnostics:Stats"] = "true" }, realCoach: true);
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", channel.BaseUrl);
        activity["conversation"]!["id"] = "a:stats-" + Guid.NewGuid().ToString("N");
        await SendAsync(host, channel, activity, "hi", 1);
        await SendAsync(host, channel, activity, "goal", 2);
        int replies = channel.Calls.Count;
        JsonElement before = await StatsAsync(host);

        using HttpResponseMessage again = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, TurnRequests(before, await StatsAsync(host)));
        Assert.Equal(replies, channel.Calls.Count);
    }

    private static async Task SendAsync(TeamsTestHost host, FakeChannel channel, JsonObject activity, string text, int sequence)
    {
        int calls = channel.Calls.Count;
        activity["id"] = "activity-" + sequence;
        activity["text"] = text;
        using HttpResponseMessage response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await channel.WaitForCallsAsync(calls + 1);
    }

    private static async Task<JsonElement> StatsAsync(TeamsTestHost host)
    {
        using HttpResponseMessage response = await host.Client.GetAsync("api/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static long Delta(JsonElement before, JsonElement after, params string[] path) => Read(after, path) - Read(before, path);

    /// <summary>
    /// Table requests between the snapshots, less queries: the host's background loops (the reminder dispatcher's poll,
    /// the outbox sweep) only query and may land in the window on a loaded machine; none of the turns measured here queries.
    /// </summary>
    private static long TurnRequests(JsonElement before, JsonElement after) =>
        Delta(before, after, "storage", "requests") - Delta(before, after, "tableOps", "query");

    private static long Read(JsonElement root, string[] path)
    {
        JsonElement node = root;
        foreach (string name in path)
        {
            if (!node.TryGetProperty(name, out node))
            {
                return 0;
            }
        }

        return node.GetInt64();
    }
}
