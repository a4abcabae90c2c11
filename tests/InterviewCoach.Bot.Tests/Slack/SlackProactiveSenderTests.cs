using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Slack;

[Collection(SharedAzurite.Name)]
public sealed class SlackProactiveSenderTests(AzuriteFixture azurite)
{
    private static readonly Reply[] s_reminder = [new TextReply("Time to send your thank-you note to **Jane**.")];

    private static IChannelProactiveSender Sender(SlackTestHost host) =>
        host.Services.GetServices<IChannelProactiveSender>().Single(s => s.Channel == "slack");

    private static ConversationReference Reference(string payload) =>
        new(new UserAddress("slack", "T1", "U1"), payload, "Europe/Paris", true, DateTimeOffset.UtcNow);

    [Fact]
    public async Task AReminderGoesToTheStoredDmChannel()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        ProactiveSendResult result = await Sender(host).SendAsync(Reference("""{"team":"T1","user":"U1","channel":"D42"}"""), s_reminder);

        Assert.Equal(ProactiveSendStatus.Delivered, result.Status);
        FakeSlackCall post = host.Slack.CallsTo("chat.postMessage").Single();
        Assert.Equal("D42", post.Field("channel"));
        Assert.Contains("*Jane*", post.Body, StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("conversations.open"));
    }

    [Fact]
    public async Task WithoutAStoredChannelTheDmIsOpenedFirst()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        ProactiveSendResult result = await Sender(host).SendAsync(Reference("""{"team":"T1","user":"U1","channel":""}"""), s_reminder);

        Assert.Equal(ProactiveSendStatus.Delivered, result.Status);
        Assert.Equal(["conversations.open", "chat.postMessage"], host.Slack.Effects.Select(c => c.Method));
        Assert.Equal("DU1", host.Slack.CallsTo("chat.postMessage").Single().Field("channel"));
    }

    [Theory]
    [InlineData("account_inactive", ProactiveSendStatus.Inactive)]
    [InlineData("user_not_found", ProactiveSendStatus.Inactive)]
    [InlineData("is_archived", ProactiveSendStatus.Inactive)]
    [InlineData("internal_error", ProactiveSendStatus.RetryLater)]
    [InlineData("invalid_auth", ProactiveSendStatus.Inactive)]
    [InlineData("token_revoked", ProactiveSendStatus.Inactive)]
    public async Task SlackErrorsMapToWhatTheDispatcherShouldDo(string error, ProactiveSendStatus expected)
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, $$"""{"ok":false,"error":"{{error}}"}"""));

        ProactiveSendResult result = await Sender(host).SendAsync(Reference("""{"team":"T1","user":"U1","channel":"D42"}"""), s_reminder);

        Assert.Equal(expected, result.Status);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public async Task ARateLimitIsRetryLaterWithSlacksDelay()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?> { ["Slack:MaxRateLimitRetries"] = "0" });
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(429, SlackFixtures.Text("webapi_error_ratelimited.json"), RetryAfterSeconds: 30));

        ProactiveSendResult result = await Sender(host).SendAsync(Reference("""{"team":"T1","user":"U1","channel":"D42"}"""), s_reminder);

        Assert.Equal(new ProactiveSendResult(ProactiveSendStatus.RetryLater, TimeSpan.FromSeconds(30), "ratelimited"), result);
    }

    [Fact]
    public async Task AStaleStoredChannelIsReopenedOnceRememberedAndTheReminderDelivered()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, """{"ok":false,"error":"channel_not_found"}"""));
        host.Slack.Script("conversations.open", new FakeSlackResponse(200, """{"ok":true,"channel":{"id":"DNEW"}}"""));

        ProactiveSendResult result = await Sender(host).SendAsync(Reference("""{"team":"T1","user":"U1","channel":"DOLD"}"""), s_reminder);

        Assert.Equal(ProactiveSendStatus.Delivered, result.Status);
        Assert.Equal(["chat.postMessage", "conversations.open", "chat.postMessage"], host.Slack.Effects.Select(c => c.Method));
        Assert.Equal("DNEW", host.Slack.CallsTo("chat.postMessage")[1].Field("channel"));
        ConversationReference? stored = await host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(new UserAddress("slack", "T1", "U1").Key);
        Assert.Contains("DNEW", stored!.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChannelStillNotFoundAfterReopeningMeansTheUserIsUnreachable()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, """{"ok":false,"error":"channel_not_found"}"""));
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, """{"ok":false,"error":"channel_not_found"}"""));

        ProactiveSendResult result = await Sender(host).SendAsync(Reference("""{"team":"T1","user":"U1","channel":"DOLD"}"""), s_reminder);

        Assert.Equal(ProactiveSendStatus.Inactive, result.Status);
        Assert.Single(host.Slack.CallsTo("conversations.open"));
    }
}
