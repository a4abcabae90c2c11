using System.Net;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Slack;

[Collection(SharedAzurite.Name)]
public sealed class SlackEventsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ARetriedDeliveryHandledByAnotherInstanceRunsTheTurnOnce()
    {
        var shared = new Dictionary<string, string?> { ["Storage:TablePrefix"] = "dedup" + Guid.NewGuid().ToString("N")[..8] };
        await using SlackTestHost first = await SlackTestHost.StartAsync(azurite.Azurite, settings: shared);
        await using SlackTestHost second = await SlackTestHost.StartAsync(azurite.Azurite, settings: shared);
        string evt = SlackTestHost.DirectMessage("T1", "U7", "hello", "EvRetry1");
        var retry = new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" };

        HttpResponseMessage[] answers = await Task.WhenAll(first.PostEventAsync(evt), second.PostEventAsync(evt, retry), first.PostEventAsync(evt, retry));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await Task.Delay(1500);
        Assert.Equal(1, first.Slack.CallsTo("chat.postMessage").Count + second.Slack.CallsTo("chat.postMessage").Count);
    }

    [Theory]
    [InlineData("subtype", "message_changed")]
    [InlineData("subtype", "channel_join")]
    [InlineData("subtype", "bot_message")]
    [InlineData("hidden", "true")]
    [InlineData("bot_id", "B999")]
    [InlineData("channel_type", "channel")]
    [InlineData("user", "UBOT")]
    public async Task EditsJoinsHiddenMessagesBotsChannelsAndOurOwnMessagesAreIgnored(string property, string value)
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await host.Slack.WaitForAsync("auth.test");
        await Task.Delay(100);
        JsonObject evt = JsonNode.Parse(SlackTestHost.DirectMessage("T1", "U1", "hi", "EvIgnored"))!.AsObject();
        evt["event"]![property] = value == "true" ? JsonValue.Create(true) : JsonValue.Create(value);

        using HttpResponseMessage response = await host.PostEventAsync(evt.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(400);
        Assert.Empty(host.Slack.Effects);
    }

    [Fact]
    public async Task AFileShareInADmIsStillATurn()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        JsonObject evt = JsonNode.Parse(SlackTestHost.DirectMessage("T1", "U1", "here is my CV", "EvFile"))!.AsObject();
        evt["event"]!["subtype"] = "file_share";
        await host.PostEventAsync(evt.ToJsonString());
        await host.Slack.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task ADmTurnStoresTheConversationReferenceWithTheDmChannelAndTimeZone()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "U5", "hi", "EvRef"));
        await host.Slack.WaitForAsync("chat.postMessage");

        ConversationReference? reference = await host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(new UserAddress("slack", "T1", "U5").Key);

        Assert.NotNull(reference);
        Assert.Equal("Europe/Paris", reference.TimeZoneId);
        Assert.Equal(new SlackConversationPayload("T1", "U5", "DU5"), SlackUserDirectory.Parse(reference.Payload));
    }

    [Fact]
    public async Task WhenSlackKeepsFailingTheUserIsToldThroughTheResponseUrl()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?> { ["Slack:DeliveryAttempts"] = "3" });
        for (int i = 0; i < 3; i++)
        {
            host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, """{"ok":false,"error":"internal_error"}"""));
        }

        string responseUrl = new Uri(host.Slack.BaseUrl, "hooks/commands/T1/1/abc").ToString();
        using HttpResponseMessage ack = await host.PostCommandAsync("T1", "U1", "goal", responseUrl);

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        FakeSlackCall told = (await host.Slack.WaitForAsync("response_url")).Single();
        Assert.Equal(3, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Contains(SlackTurnProcessor.DeliveryFailedText, told.Body, StringComparison.Ordinal);
        Assert.Contains("ephemeral", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATransientFailureIsRetriedAndTheReplyArrivesOnce()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(503, "upstream down"));
        host.Slack.Script("conversations.open", new FakeSlackResponse(200, """{"ok":false,"error":"fatal_error"}"""));

        await host.PostCommandAsync("T1", "U1", "");

        IReadOnlyList<FakeSlackCall> posts = await host.Slack.WaitForAsync("chat.postMessage", 2);
        await Task.Delay(300);
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(2, host.Slack.CallsTo("conversations.open").Count);
        Assert.Contains(SlackTestDialogs.MenuQuestion, posts[1].Body, StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task AGracefulShutdownFinishesWorkThatWasAlreadyAcknowledged()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("conversations.open", new FakeSlackResponse(200, """{"ok":true,"channel":{"id":"DU9"}}""", Delay: TimeSpan.FromSeconds(1)));

        using HttpResponseMessage ack = await host.PostCommandAsync("T1", "U9", "");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await host.Factory.DisposeAsync();

        Assert.Equal("DU9", host.Slack.CallsTo("chat.postMessage").Single().Field("channel"));
    }

    [Fact]
    public async Task RejectedBlocksFallBackToThePlainText()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, """{"ok":false,"error":"invalid_blocks","response_metadata":{"messages":["[ERROR] bad"]}}"""));

        await host.PostCommandAsync("T1", "U1", "");

        IReadOnlyList<FakeSlackCall> posts = await host.Slack.WaitForAsync("chat.postMessage", 2);
        Assert.False(posts[1].Json.TryGetProperty("blocks", out _));
        Assert.Contains(SlackTestDialogs.MenuQuestion, posts[1].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResponseUrlOutsideSlackIsNeverCalled()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        SlackApiClient client = host.Services.GetRequiredService<SlackApiClient>();
        SlackApiException error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostToResponseUrlAsync(new Uri("https://evil.example.com/hooks"), new JsonObject()));
        Assert.Equal("invalid_response_url", error.ErrorCode);
        Assert.True(SlackApiClient.IsAllowedResponseUrl(new Uri("https://hooks.slack.com/commands/T1/1/x"), new Uri("https://slack.com/api/")));
        Assert.False(SlackApiClient.IsAllowedResponseUrl(new Uri("http://hooks.slack.com/commands/T1/1/x"), new Uri("https://slack.com/api/")));
        Assert.False(SlackApiClient.IsAllowedResponseUrl(new Uri("https://hooks.slack.com.evil.example/x"), new Uri("https://slack.com/api/")));
    }
}
