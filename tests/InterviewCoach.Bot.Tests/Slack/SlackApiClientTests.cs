using System.Text.Json.Nodes;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Slack;

[Collection(SharedAzurite.Name)]
public sealed class SlackApiClientTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryMethodSendsTheBearerTokenAndTheDocumentedBody()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        IServiceProvider services = host.Services;
        var blocks = new JsonArray { new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "Hi" } } };

        string ephemeralTs = await services.GetRequiredService<IChatApi>().PostEphemeralAsync("C1", "U1", "Only you", blocks);
        SlackPostedMessage updated = await services.GetRequiredService<IChatApi>().UpdateAsync("D1", "1.2", "Edited");
        string channel = await services.GetRequiredService<IConversationsApi>().OpenAsync("U1");
        string viewId = await services.GetRequiredService<IViewsApi>().OpenAsync("trigger", new JsonObject { ["type"] = "modal" });
        SlackAuthTest me = await services.GetRequiredService<IAuthApi>().TestAsync();

        Assert.NotEmpty(ephemeralTs);
        Assert.Equal("D1", updated.Channel);
        Assert.Equal("DU1", channel);
        Assert.StartsWith("V", viewId, StringComparison.Ordinal);
        Assert.Equal(("UBOT", "BBOT", "T1"), (me.UserId, me.BotId, me.TeamId));
        FakeSlackCall ephemeral = host.Slack.CallsTo("chat.postEphemeral").Single();
        Assert.Equal(("C1", "U1", "Only you"), (ephemeral.Field("channel"), ephemeral.Field("user"), ephemeral.Field("text")));
        Assert.Equal("1.2", host.Slack.CallsTo("chat.update").Single().Field("ts"));
        Assert.All(host.Slack.Calls, c => Assert.Equal("Bearer xoxb-test-token", c.Authorization));
    }

    [Fact]
    public async Task AnHttpFailureIsATransientSlackApiException()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("conversations.open", new FakeSlackResponse(502, "bad gateway"));

        SlackApiException error = await Assert.ThrowsAsync<SlackApiException>(() => host.Services.GetRequiredService<IConversationsApi>().OpenAsync("U1"));

        Assert.Equal("http_502", error.ErrorCode);
        Assert.True(error.IsTransient);
        Assert.False(error.MeansUnreachable);
    }
}
