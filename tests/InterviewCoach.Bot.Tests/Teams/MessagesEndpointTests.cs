using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>Every fixture and the protocol's edge cases through POST /api/messages, authenticated, over real HTTP.</summary>
[Collection(SharedAzurite.Name)]
public sealed class MessagesEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
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

    [Fact]
    public async Task EveryFixtureIsAnsweredWithoutAServerError()
    {
        foreach (string name in TeamsFixtures.Names)
        {
            using HttpResponseMessage response = await PostAsync(TeamsFixtures.LoadFor(name, _channel.BaseUrl));
            Assert.True(response.StatusCode is HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task APersonalMessageRunsATurnRepliesUnderItAndStoresTheReferenceWithTheTimeZone()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        using HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2);
        string conversationId = activity["conversation"]!["id"]!.GetValue<string>();
        Assert.Equal("/amer/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities/1485983408511", calls[0].Path);
        Assert.Contains("Heard: Hello Teams TestBot.Sending bold-italic rich text | - | America/Los_Angeles", calls[0].Text, StringComparison.Ordinal);
        Assert.Equal("1485983408511", calls[0].Body["replyToId"]!.GetValue<string>());
        Assert.Equal("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", calls[0].Body["from"]!["id"]!.GetValue<string>());
        Assert.Equal("markdown", calls[0].Body["textFormat"]!.GetValue<string>());

        // Four choices are more than Teams' three suggested actions: an Adaptive Card with one submit button each.
        JsonObject card = calls[1].Card!;
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal(4, card["actions"]!.AsArray().Count);
        Assert.Equal("goal", card["actions"]![0]!["data"]!["choice"]!.GetValue<string>());

        var user = new UserAddress("msteams", "72f988bf-86f1-41af-91ab-2d7cd011db47", activity["from"]!["id"]!.GetValue<string>());
        ConversationReference? reference = await _host.References.GetAsync(user.Key);
        Assert.NotNull(reference);
        Assert.True(reference.Active);
        Assert.Equal("America/Los_Angeles", reference.TimeZoneId);
        using JsonDocument payload = JsonDocument.Parse(reference.Payload);
        Assert.Equal(activity["serviceUrl"]!.GetValue<string>(), payload.RootElement.GetProperty("serviceUrl").GetString());
        Assert.Equal(conversationId, payload.RootElement.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", payload.RootElement.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task MentionsAreStrippedFromTheText()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        activity["text"] = "<at>Teams TestBot</at>&nbsp; hello   there ";
        using HttpResponseMessage response = await PostAsync(activity);

        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(1);
        Assert.Contains("Heard: hello there |", calls[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBotAddedToAPersonalChatWelcomesTheUserOnce()
    {
        JsonObject update = TeamsFixtures.LoadFor("teams-conversationupdate-botadded-personal.json", _channel.BaseUrl);
        JsonObject install = TeamsFixtures.LoadFor("teams-installationupdate-add-team.json", _channel.BaseUrl);
        // Both arrive for the same 1:1 chat and the same user who installed the app.
        install["conversation"] = update["conversation"]!.DeepClone();
        install["from"] = update["from"]!.DeepClone();
        install["channelData"] = update["channelData"]!.DeepClone();
        install["id"] = "f:install-same-chat";

        using HttpResponseMessage first = await PostAsync(update);
        using HttpResponseMessage second = await PostAsync(install);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2);
        await Task.Delay(300);
        Assert.Single(_channel.Calls, c => c.Text?.StartsWith(TestDialogs.Welcome, StringComparison.Ordinal) == true);
        Assert.Contains("/amer-client-ss.msg/v3/conversations/", calls[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallingIntoATeamWelcomesInTheChannel()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-installationupdate-add-team.json", _channel.BaseUrl);
        using HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(1);
        Assert.StartsWith("/amer/v3/conversations/" + Uri.EscapeDataString("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2"), calls[0].Path, StringComparison.Ordinal);
        Assert.StartsWith(TestDialogs.Welcome, calls[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UninstallingMarksTheReferenceInactive()
    {
        JsonObject message = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        (await PostAsync(message)).Dispose();
        JsonObject remove = message.DeepClone().AsObject();
        remove["type"] = "installationUpdate";
        remove["action"] = "remove";
        remove["id"] = "f:remove-1";
        remove.Remove("text");

        using HttpResponseMessage response = await PostAsync(remove);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = new UserAddress("msteams", "72f988bf-86f1-41af-91ab-2d7cd011db47", message["from"]!["id"]!.GetValue<string>());
        Assert.False((await _host.References.GetAsync(user.Key))!.Active);
    }

    [Fact]
    public async Task ACardSubmitValueReachesTheEngineAndRepliesGoToTheThread()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-card-submit-value.json", _channel.BaseUrl);
        using HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(1);
        Assert.Contains("{\"property\":\"propertyValue\"}", calls[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("/amer-client-ss.msg/v3/conversations/" + Uri.EscapeDataString("19:malejcou081i20ojmlcau0@thread.skype;messageid=1498171086622"), calls[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdaptiveCardActionInvokeRunsATurnAndAnswersWithAnInvokeResponse()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-invoke-adaptivecard-action-personal.json", _channel.BaseUrl);
        using HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(1);
        Assert.Contains("{\"feedback\":\"test invokes\"}", calls[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("/amer/56653e9d-2158-46ee-90d7-675c39642038/v3/conversations/", calls[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownInvokeIsNotImplemented()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-invoke-adaptivecard-action-personal.json", _channel.BaseUrl);
        activity["name"] = "composeExtension/query";
        using HttpResponseMessage response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task AnInvokeWithoutAnActionGetsAnErrorInvokeResponse()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-invoke-adaptivecard-action-personal.json", _channel.BaseUrl);
        activity["value"] = 42;
        using HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownTypesFieldsAndEntitiesAreAcceptedAndIgnored()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        activity["type"] = "messageReaction";
        activity["brandNewField"] = new JsonObject { ["x"] = 1 };
        activity["entities"]!.AsArray().Add(new JsonObject { ["type"] = "somethingNew", ["data"] = new JsonArray(1, 2) });
        using HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _channel.Attempts);
    }

    [Fact]
    public async Task ARedeliveredActivityIsHandledOnce()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        using HttpResponseMessage first = await PostAsync(activity);
        int afterFirst = _channel.Calls.Count;
        using HttpResponseMessage second = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(afterFirst, _channel.Calls.Count);
    }

    [Fact]
    public async Task ARedeliveryToAnotherInstanceIsHandledOnce()
    {
        await using TeamsTestHost other = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, _host.TablePrefix);
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        string token = _channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>());

        using HttpResponseMessage first = await _host.PostActivityAsync(activity, token);
        int afterFirst = _channel.Calls.Count;
        using HttpResponseMessage second = await other.PostActivityAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(afterFirst, _channel.Calls.Count);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{\"type\": 5}")]
    [InlineData("{\"type\": \"message\"}")]
    [InlineData("{\"type\": \"message\", \"channelId\": \"msteams\", \"serviceUrl\": \"ftp://x/\"}")]
    public async Task MalformedBodiesAreBadRequests(string body)
    {
        using HttpResponseMessage response = await _host.PostRawAsync(body, "any");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AMessageWithoutSenderOrConversationIsABadRequestNotAServerError()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        activity.Remove("from");
        activity.Remove("conversation");
        using HttpResponseMessage response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefused()
    {
        using HttpResponseMessage response = await _host.PostRawAsync("{\"text\":\"" + new string('a', 600 * 1024) + "\"}", "any");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TheOutboundFixtureParsesAsAnActivityWithAnAdaptiveCard()
    {
        string json = File.ReadAllText(Path.Combine(TeamsFixtures.Directory, "teams-outbound-message-adaptivecard.json"));
        InterviewCoach.Bot.Teams.Schema.Activity activity = JsonSerializer.Deserialize(json, InterviewCoach.Bot.Teams.Schema.TeamsJsonContext.Default.Activity)!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", activity.Attachments![0].ContentType);
        Assert.Equal("1.5", activity.Attachments[0].Content!["version"]!.GetValue<string>());
        await Task.CompletedTask;
    }
}
