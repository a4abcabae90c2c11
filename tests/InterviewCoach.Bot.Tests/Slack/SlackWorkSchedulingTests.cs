using System.Net;
using System.Text.Json;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;

namespace InterviewCoach.Bot.Tests.Slack;

/// <summary>
/// How acknowledged Slack work is scheduled: a DM waiting for its pacing slot never holds up other users, one user's
/// replies stay in order and paced, and a full queue (or one user far ahead of their replies) gets an honest answer.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SlackWorkSchedulingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AUserWhoseDmIsBeingPacedDoesNotHoldUpAnotherUsersTurnEvenWithOneWorker()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?>
        {
            ["Slack:Workers"] = "1",
            ["Slack:ChannelBurst"] = "1",
            ["Slack:MessagesPerSecondPerChannel"] = "0.2",
        });
        await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "UA", "hi", "EvA1"));
        await WaitForPostsAsync(host, "DUA", 1);

        // A's next reply must wait about 5 s for the DM's slot.
        await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "UA", "goal", "EvA2"));
        await Task.Delay(500);
        DateTimeOffset bSent = DateTimeOffset.UtcNow;
        await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "UB", "hi", "EvB1"));

        FakeSlackCall bReply = (await WaitForPostsAsync(host, "DUB", 1))[0];
        IReadOnlyList<FakeSlackCall> aReplies = await WaitForPostsAsync(host, "DUA", 2, TimeSpan.FromSeconds(20));

        Assert.True(bReply.At - bSent < TimeSpan.FromSeconds(2.5), $"B waited {(bReply.At - bSent).TotalMilliseconds:F0} ms");
        Assert.True(bReply.At < aReplies[1].At, "B's reply should not wait behind A's paced reply");
        Assert.True(aReplies[1].At - aReplies[0].At >= TimeSpan.FromSeconds(4.5), $"A's replies {(aReplies[1].At - aReplies[0].At).TotalMilliseconds:F0} ms apart");
        Assert.Contains(SlackTestDialogs.MenuQuestion, Text(aReplies[0]), StringComparison.Ordinal);
        Assert.Contains(SlackTestDialogs.GoalQuestion, Text(aReplies[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneUsersRepliesArePostedInTheOrderTheirMessagesArrivedAndWithinTheDmsPace()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?>
        {
            ["Slack:Workers"] = "4",
            ["Slack:ChannelBurst"] = "1",
            ["Slack:MessagesPerSecondPerChannel"] = "4",
        });

        // Sent back to back: each is acknowledged before the previous turn ran.
        foreach ((string text, string id) in new[] { ("hi", "EvO1"), ("goal", "EvO2"), ("Land a staff role", "EvO3") })
        {
            using HttpResponseMessage ack = await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "UO", text, id));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        IReadOnlyList<FakeSlackCall> replies = await WaitForPostsAsync(host, "DUO", 3);

        Assert.Contains(SlackTestDialogs.MenuQuestion, Text(replies[0]), StringComparison.Ordinal);
        Assert.Contains(SlackTestDialogs.GoalQuestion, Text(replies[1]), StringComparison.Ordinal);
        Assert.Contains("Goal saved: Land a staff role", Text(replies[2]), StringComparison.Ordinal);
        // The pace is one post per 250 ms. Arrival times at the fake carry the network hop's jitter on a busy machine: one
        // post held up on the way lands just before the next (seen in CI: 5 ms apart), so each post is measured from the
        // first, which a late middle post cannot shorten, with some jitter allowed; back-to-back posts land a few ms apart.
        for (int i = 1; i < replies.Count; i++)
        {
            TimeSpan sinceFirst = replies[i].At - replies[0].At;
            Assert.True(sinceFirst >= TimeSpan.FromMilliseconds((250 * i) - 130), $"post {i} {sinceFirst.TotalMilliseconds:F0} ms after the first");
        }
    }

    [Fact]
    public async Task AUserFarAheadOfTheirRepliesIsAskedToWaitWhileOthersAreTakenUntilTheWholeQueueIsFull()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?>
        {
            ["Slack:Workers"] = "1",
            ["Slack:QueueCapacity"] = "3",
            ["Slack:UserQueueCapacity"] = "2",
        });
        await host.Slack.WaitForAsync("auth.test");

        // The only worker is held by A's first turn (looking A up takes 3 s), so everything after it waits in the queue.
        host.Slack.Script("users.info", new FakeSlackResponse(200, """{"ok":true,"user":{"id":"UA","tz":"Europe/Paris"}}""", Delay: TimeSpan.FromSeconds(3)));
        Assert.Equal(SlackCommandsEndpoint.ContinuingText, await CommandAsync(host, "UA"));
        await host.Slack.WaitForAsync("users.info");

        Assert.Equal(SlackCommandsEndpoint.ContinuingText, await CommandAsync(host, "UA"));
        Assert.Equal(SlackCommandsEndpoint.ContinuingText, await CommandAsync(host, "UA"));
        Assert.Equal(SlackCommandsEndpoint.BacklogText, await CommandAsync(host, "UA"));
        using (HttpResponseMessage dm = await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "UA", "hi", "EvBacklog")))
        {
            // Slack retries a non-2xx delivery later.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, dm.StatusCode);
        }

        Assert.Equal(SlackCommandsEndpoint.ContinuingText, await CommandAsync(host, "UB"));
        Assert.Equal(SlackCommandsEndpoint.BusyText, await CommandAsync(host, "UC"));

        // Everything acknowledged is answered: three turns for A, one for B, none for C.
        await WaitForPostsAsync(host, "DUA", 3, TimeSpan.FromSeconds(20));
        await WaitForPostsAsync(host, "DUB", 1, TimeSpan.FromSeconds(20));
        await Task.Delay(500);
        Assert.Empty(Posts(host, "DUC"));
        Assert.Equal(3, Posts(host, "DUA").Count);
    }

    private static async Task<string> CommandAsync(SlackTestHost host, string user)
    {
        using HttpResponseMessage ack = await host.PostCommandAsync("T1", user, "menu");
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await ack.Content.ReadAsStringAsync());
        Assert.Equal("ephemeral", body.RootElement.GetProperty("response_type").GetString());
        return body.RootElement.GetProperty("text").GetString()!;
    }

    private static List<FakeSlackCall> Posts(SlackTestHost host, string channel) =>
        [.. host.Slack.CallsTo("chat.postMessage").Where(c => c.Field("channel") == channel)];

    private static async Task<IReadOnlyList<FakeSlackCall>> WaitForPostsAsync(SlackTestHost host, string channel, int count, TimeSpan? timeout = null)
    {
        DateTime deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            List<FakeSlackCall> posts = Posts(host, channel);
            if (posts.Count >= count)
            {
                return posts;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"Expected {count} post(s) to {channel}; got {Posts(host, channel).Count}.");
    }

    private static string Text(FakeSlackCall call) => call.Json.GetProperty("text").GetString() ?? string.Empty;
}
