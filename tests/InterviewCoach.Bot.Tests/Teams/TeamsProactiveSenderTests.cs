using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Http;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>Proactive sends and the Connector client's retry rules, against the fake connector over HTTP.</summary>
[Collection(SharedAzurite.Name)]
public sealed class TeamsProactiveSenderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Reply[] s_reminder = [new TextReply("Time to send that **thank-you** note.")];

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

    private TeamsProactiveSender Sender => _host.Services.GetRequiredService<TeamsProactiveSender>();

    /// <summary>A user who has talked to the bot once, so a reference is stored; returns it and clears the calls count.</summary>
    private async Task<(UserAddress User, int CallsBefore)> KnownUserAsync()
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        (await _host.PostActivityAsync(activity, _channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>()))).Dispose();
        var user = new UserAddress("msteams", "72f988bf-86f1-41af-91ab-2d7cd011db47", activity["from"]!["id"]!.GetValue<string>());
        return (user, _channel.Calls.Count);
    }

    [Fact]
    public async Task AReminderIsPostedIntoTheStoredPersonalConversation()
    {
        (UserAddress user, int before) = await KnownUserAsync();

        ProactiveSendResult result = await Sender.SendProactiveAsync(user, s_reminder);

        Assert.Equal(ProactiveSendStatus.Delivered, result.Status);
        ConnectorCall call = _channel.Calls[before];
        Assert.StartsWith("/amer/v3/conversations/a%3A17I0kl9", call.Path, StringComparison.Ordinal);
        Assert.EndsWith("/activities", call.Path, StringComparison.Ordinal);
        Assert.Equal("Time to send that **thank-you** note.", call.Text);
        Assert.Equal("Bearer " + TeamsTestHost.OutboundToken, call.Authorization);
        Assert.Equal(user.UserId, call.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Single(_host.Services.GetServices<IChannelProactiveSender>(), s => s.Channel == "msteams");
    }

    [Fact]
    public async Task WithoutAConversationIdThePersonalChatIsCreatedWithTheTenant()
    {
        var user = new UserAddress("msteams", "tenant-1", "29:new-user");
        string payload = new JsonObject
        {
            ["serviceUrl"] = _channel.BaseUrl + "amer/",
            ["channelId"] = "msteams",
            ["bot"] = new JsonObject { ["id"] = "28:" + TeamsTestHost.AppId },
            ["user"] = new JsonObject { ["id"] = "29:new-user" },
            ["tenantId"] = "tenant-1",
        }.ToJsonString();
        var reference = new ConversationReference(user, payload, "Europe/Paris", true, DateTimeOffset.UtcNow);

        ProactiveSendResult result = await Sender.SendAsync(reference, s_reminder);

        Assert.Equal(ProactiveSendStatus.Delivered, result.Status);
        Assert.Equal("/amer/v3/conversations", _channel.Calls[0].Path);
        JsonObject create = _channel.Calls[0].Body;
        Assert.Equal("29:new-user", create["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", create["tenantId"]!.GetValue<string>());
        Assert.Equal("tenant-1", create["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(create["isGroup"]!.GetValue<bool>());
        Assert.Equal("/amer/v3/conversations/a%3Acreated-conversation/activities", _channel.Calls[1].Path);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task ABlockedOrUninstalledUserIsMarkedInactiveWithoutRetries(int status)
    {
        (UserAddress user, _) = await KnownUserAsync();
        int attempts = _channel.Attempts;
        _channel.RespondNext(status);

        ProactiveSendResult result = await Sender.SendProactiveAsync(user, s_reminder);

        Assert.Equal(ProactiveSendStatus.Inactive, result.Status);
        Assert.Equal(attempts + 1, _channel.Attempts);
        Assert.False((await _host.References.GetAsync(user.Key))!.Active);
        Assert.Equal(ProactiveSendStatus.Inactive, (await Sender.SendProactiveAsync(user, s_reminder)).Status);
        Assert.Equal(attempts + 1, _channel.Attempts);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task TransientStatusesAreRetriedAndThenDelivered(int status)
    {
        (UserAddress user, int before) = await KnownUserAsync();
        int attempts = _channel.Attempts;
        _channel.RespondNext(status, retryAfter: "0");
        _channel.RespondNext(status);

        ProactiveSendResult result = await Sender.SendProactiveAsync(user, s_reminder);

        Assert.Equal(ProactiveSendStatus.Delivered, result.Status);
        Assert.Equal(attempts + 3, _channel.Attempts);
        Assert.Equal(before + 1, _channel.Calls.Count);
    }

    [Fact]
    public async Task PersistentThrottlingIsBoundedAndReportedAsRetryLaterWithTheServiceDelay()
    {
        (UserAddress user, _) = await KnownUserAsync();
        int attempts = _channel.Attempts;
        for (int i = 0; i < 4; i++)
        {
            _channel.RespondNext(429, retryAfter: "0");
        }

        ProactiveSendResult result = await Sender.SendProactiveAsync(user, s_reminder);

        Assert.Equal(ProactiveSendStatus.RetryLater, result.Status);
        Assert.Equal(TimeSpan.Zero, result.RetryAfter);
        Assert.Equal(attempts + 4, _channel.Attempts);
    }

    [Fact]
    public async Task ARefusedRequestIsNotRetried()
    {
        (UserAddress user, _) = await KnownUserAsync();
        int attempts = _channel.Attempts;
        _channel.RespondNext(400);

        ProactiveSendResult result = await Sender.SendProactiveAsync(user, s_reminder);

        Assert.Equal(ProactiveSendStatus.Failed, result.Status);
        Assert.Equal(attempts + 1, _channel.Attempts);
        Assert.True((await _host.References.GetAsync(user.Key))!.Active);
    }

    [Fact]
    public async Task AReplyRefusedWith403MarksTheReferenceInactive()
    {
        (UserAddress user, _) = await KnownUserAsync();
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        activity["id"] = "second-message";
        _channel.RespondNext(403);

        using HttpResponseMessage response = await _host.PostActivityAsync(activity, _channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>()));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False((await _host.References.GetAsync(user.Key))!.Active);
    }

    [Fact]
    public void BackoffHonoursRetryAfterUpToTheCapAndOtherwiseGrowsWithJitter()
    {
        // The host's settings: 10 ms base delay, 200 ms cap.
        TeamsOptions options = _host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        TimeSpan Backoff(int attempt, TimeSpan? retryAfter) => OutboundFailures.Backoff(attempt, retryAfter, options.ConnectorRetryBaseDelay, options.ConnectorRetryMaxDelay);

        Assert.Equal(TimeSpan.FromMilliseconds(150), Backoff(0, TimeSpan.FromMilliseconds(150)));
        Assert.Equal(TimeSpan.FromMilliseconds(200), Backoff(0, TimeSpan.FromSeconds(30)));
        var firsts = new HashSet<TimeSpan>();
        for (int i = 0; i < 50; i++)
        {
            TimeSpan first = Backoff(0, null);
            TimeSpan third = Backoff(2, null);
            Assert.InRange(first.TotalMilliseconds, 5, 10);
            Assert.InRange(third.TotalMilliseconds, 20, 40);
            firsts.Add(first);
        }

        Assert.True(firsts.Count > 1, "the backoff has no jitter");
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheCapIsWaitedOnlyUpToTheCap()
    {
        (UserAddress user, _) = await KnownUserAsync();
        int attempts = _channel.Attempts;
        _channel.RespondNext(429, retryAfter: "30");

        long started = TimeProvider.System.GetTimestamp();
        ProactiveSendResult result = await Sender.SendProactiveAsync(user, s_reminder);
        TimeSpan took = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal(ProactiveSendStatus.Delivered, result.Status);
        Assert.Equal(attempts + 2, _channel.Attempts);
        // The cap is 200 ms: the 30 s the Connector asked for is not waited (the upper margin is for a loaded machine).
        Assert.InRange(took.TotalMilliseconds, 190, 10_000);
    }

    [Fact]
    public async Task ASendThatTimesOutIsNotRepeatedBecauseItMayHaveBeenDelivered()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: new Dictionary<string, string?> { ["Teams:ConnectorTimeout"] = "00:00:01" });
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        (await host.PostActivityAsync(activity, _channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>()))).Dispose();
        var user = new UserAddress("msteams", "72f988bf-86f1-41af-91ab-2d7cd011db47", activity["from"]!["id"]!.GetValue<string>());
        await _channel.WaitForCallsAsync(2);
        int attempts = _channel.Attempts;
        _channel.Delay = TimeSpan.FromSeconds(3);

        ProactiveSendResult result = await host.Services.GetRequiredService<TeamsProactiveSender>().SendProactiveAsync(user, s_reminder);

        Assert.Equal(ProactiveSendStatus.RetryLater, result.Status);
        Assert.Equal(attempts + 1, _channel.Attempts);
    }
}
