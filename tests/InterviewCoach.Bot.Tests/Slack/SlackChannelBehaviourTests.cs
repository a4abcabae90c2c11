using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;

namespace InterviewCoach.Bot.Tests.Slack;

/// <summary>Slack's certificate probe, DM threads, stale DM channels and the slash command's modal, over real HTTP.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SlackChannelBehaviourTests(AzuriteFixture azurite)
{
    private const string Team = "T1";
    private const string User = "U5";

    [Fact]
    public async Task AnSslCheckIsAnswered200WithoutASignatureAndDoesNothing()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        int before = host.Slack.Effects.Count;

        using HttpResponseMessage response = await host.PostAsync(
            "/api/slack/commands", Encoding.UTF8.GetBytes("ssl_check=1&token=legacy-verification-token"), "application/x-www-form-urlencoded", timestamp: null, signature: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        await Task.Delay(300);
        Assert.Equal(before, host.Slack.Effects.Count);
    }

    [Fact]
    public async Task AnUnsignedCommandThatIsNotAnSslCheckIsStillRefused()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostAsync(
            "/api/slack/commands", Encoding.UTF8.GetBytes("ssl_check=0&team_id=T1&user_id=U1&text=help"), "application/x-www-form-urlencoded", timestamp: null, signature: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AMessageInADmThreadIsAnsweredInThatThread()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        JsonObject evt = JsonNode.Parse(SlackTestHost.DirectMessage(Team, User, "hello", "EvThread1"))!.AsObject();
        evt["event"]!["thread_ts"] = "1700000000.000001";

        using HttpResponseMessage response = await host.PostEventAsync(evt.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FakeSlackCall post = (await host.Slack.WaitForAsync("chat.postMessage")).Single();
        Assert.Equal("1700000000.000001", post.Field("thread_ts"));
    }

    [Fact]
    public async Task AMessageOutsideAThreadIsAnsweredInTheMainDm()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "hello", "EvMain1"));
        FakeSlackCall post = (await host.Slack.WaitForAsync("chat.postMessage")).Single();
        Assert.Null(post.Field("thread_ts"));
    }

    [Fact]
    public async Task AChannelNotFoundReopensTheDmOnceAndPostsThere()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, """{"ok":false,"error":"channel_not_found"}"""));
        host.Slack.Script("conversations.open", new FakeSlackResponse(200, """{"ok":true,"channel":{"id":"DREOPENED"}}"""));

        using HttpResponseMessage response = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "hello", "EvStale1"));

        IReadOnlyList<FakeSlackCall> posts = await host.Slack.WaitForAsync("chat.postMessage", 2);
        Assert.Equal("D" + User, posts[0].Field("channel"));
        Assert.Equal("DREOPENED", posts[1].Field("channel"));
        Assert.Single(host.Slack.CallsTo("conversations.open"));
    }

    [Fact]
    public async Task CoachAddContactOpensTheFormAsAModalWithTheCommandsTrigger()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, realCoach: true);
        var clock = Stopwatch.StartNew();

        using HttpResponseMessage ack = await host.PostCommandAsync(Team, User, "add contact");

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        FakeSlackCall opened = (await host.Slack.WaitForAsync("views.open")).Single();
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"views.open after {clock.Elapsed}");
        Assert.Equal("1.2.3", opened.Json.GetProperty("trigger_id").GetString());
        Assert.Equal("modal", opened.Json.GetProperty("view").GetProperty("type").GetString());
    }
}
