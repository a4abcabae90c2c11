using System.Net;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>Copilot handoffs, app upgrades and which conversations may become a reminder target, over real HTTP.</summary>
[Collection(SharedAzurite.Name)]
public sealed class TeamsInvokeAndInstallTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private FakeChannel _channel = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        await _host.PostActivityAsync(activity, _channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>()));

    private static UserAddress UserOf(JsonObject activity) => new("msteams", Tenant, activity["from"]!["id"]!.GetValue<string>());

    [Fact]
    public async Task AHandoffFromCopilotIsAnswered200AndTheUserIsGreeted()
    {
        JsonObject invoke = TeamsFixtures.LoadFor("teams-invoke-adaptivecard-action-personal.json", _channel.BaseUrl);
        invoke["name"] = "handoff/action";
        invoke["value"] = new JsonObject { ["continuation"] = "opaque-continuation-token" };

        using HttpResponseMessage response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(1);
        Assert.StartsWith(TestDialogs.Welcome, calls[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("opaque-continuation-token", calls[0].Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("fileConsent/invoke-unknown")]
    [InlineData("signin/verifyState")]
    public async Task InvokesTheBotDoesNotImplementAreStill501(string name)
    {
        JsonObject invoke = TeamsFixtures.LoadFor("teams-invoke-adaptivecard-action-personal.json", _channel.BaseUrl);
        invoke["name"] = name;
        using HttpResponseMessage response = await PostAsync(invoke);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_channel.Calls);
    }

    [Fact]
    public async Task AnUpgradeRemoveMarksTheReferenceInactiveAndAnUpgradeAddWelcomesAndReactivates()
    {
        JsonObject message = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        (await PostAsync(message)).Dispose();
        await _channel.WaitForCallsAsync(2);
        JsonObject update = message.DeepClone().AsObject();
        update["type"] = "installationUpdate";
        update.Remove("text");

        update["action"] = "remove-upgrade";
        update["id"] = "f:remove-upgrade";
        using (HttpResponseMessage removed = await PostAsync(update))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        Assert.False((await _host.References.GetAsync(UserOf(message).Key))!.Active);

        update["action"] = "add-upgrade";
        update["id"] = "f:add-upgrade";
        using (HttpResponseMessage added = await PostAsync(update))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        // The user is greeted where their conversation stands (here: the choice they were asked for), and the
        // silence of the install is not taken as a wrong answer to it.
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(4);
        await Task.Delay(200);
        Assert.Equal(4, _channel.Calls.Count);
        Assert.Equal("Welcome back! Here's where we left off.", calls[2].Text);
        Assert.Contains(TestDialogs.ChoicePromptText, calls[3].Body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Please", calls[3].Body.ToJsonString(), StringComparison.Ordinal);
        Assert.True((await _host.References.GetAsync(UserOf(message).Key))!.Active);
    }

    [Fact]
    public async Task ATeamsActivityThatDoesNotSayItIsPersonalNeverBecomesTheReminderTarget()
    {
        // A reply in a channel thread, without conversationType (as the card-submit fixture arrives).
        JsonObject submit = TeamsFixtures.LoadFor("teams-message-card-submit-value.json", _channel.BaseUrl);
        Assert.Null(submit["conversation"]!["conversationType"]);

        using HttpResponseMessage response = await PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _channel.WaitForCallsAsync(1);
        string tenant = submit["channelData"]?["tenant"]?["id"]?.GetValue<string>() ?? submit["conversation"]?["tenantId"]?.GetValue<string>() ?? "none";
        Assert.Null(await _host.References.GetAsync(new UserAddress("msteams", tenant, submit["from"]!["id"]!.GetValue<string>()).Key));

        // The same activity saying "personal" is stored.
        submit["conversation"]!["conversationType"] = "personal";
        submit["id"] = "f:personal-now";
        (await PostAsync(submit)).Dispose();
        Assert.NotNull(await _host.References.GetAsync(new UserAddress("msteams", tenant, submit["from"]!["id"]!.GetValue<string>()).Key));
    }
}
