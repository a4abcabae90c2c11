using Azure.Data.Tables;
using System.Net;
using System.Text.Json;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Slack;

/// <summary>Every file of the shared Slack fixtures goes through the endpoints (or the Web API client) it belongs to.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SlackFixtureTests(AzuriteFixture azurite)
{
    private static readonly string[] s_covered =
    [
        "block_actions_home_tab.form.txt",
        "block_actions_home_tab.json",
        "event_app_home_opened.json",
        "event_message_bot_modern.json",
        "event_message_im.json",
        "slash_command_signed.meta.json",
        "slash_command_signed.txt",
        "url_verification.json",
        "view_submission_modal.json",
        "webapi_error_ratelimited.json",
        "webapi_oauth_v2_access_ok.json",
        "webapi_users_info_ok.json",
    ];

    [Fact]
    public void EveryFixtureFileHasATestHere() => Assert.Equal(s_covered, SlackFixtures.All());

    [Fact]
    public async Task TheSignedSlashCommandIsAcknowledgedEphemerallyAndContinuesInTheUsersDm()
    {
        JsonElement meta = SlackFixtures.Json("slash_command_signed.meta.json");
        string timestamp = meta.GetProperty("x_slack_request_timestamp").GetString()!;
        await using SlackTestHost host = await SlackTestHost.StartAsync(
            azurite.Azurite,
            secret: meta.GetProperty("signing_secret").GetString(),
            now: DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture)).AddSeconds(2));

        using HttpResponseMessage response = await host.PostAsync(
            "/api/slack/commands", SlackFixtures.Bytes(meta.GetProperty("body_file").GetString()!), meta.GetProperty("content_type").GetString()!,
            timestamp, meta.GetProperty("x_slack_signature").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement ack = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
        Assert.Equal(SlackCommandsEndpoint.ContinuingText, ack.GetProperty("text").GetString());

        FakeSlackCall post = (await host.Slack.WaitForAsync("chat.postMessage")).Single();
        Assert.Equal("U2CERLKJA", host.Slack.CallsTo("conversations.open").Single().Field("users"));
        FakeSlackCall info = host.Slack.CallsTo("users.info").Single();
        Assert.StartsWith("application/x-www-form-urlencoded", info.ContentType, StringComparison.Ordinal);
        Assert.Equal("DU2CERLKJA", post.Field("channel"));
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        Assert.StartsWith("application/json; charset=utf-8", post.ContentType, StringComparison.Ordinal);
        Assert.Contains(SlackTestDialogs.MenuQuestion, post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlVerificationAnswersTheChallenge()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostSignedAsync("/api/slack/events", SlackFixtures.Bytes("url_verification.json"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("valid_challenge_token", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task ADirectMessageFromAUserContinuesTheDialogInThatDm()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostSignedAsync("/api/slack/events", SlackFixtures.Bytes("event_message_im.json"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        FakeSlackCall post = (await host.Slack.WaitForAsync("chat.postMessage")).Single();
        Assert.Equal("D024BE91L", post.Field("channel"));
        Assert.Contains(SlackTestDialogs.MenuQuestion, post.Body, StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("conversations.open"));
        Assert.Equal("U2147483697", host.Slack.CallsTo("users.info").Single().Field("user"));
    }

    [Fact]
    public async Task AMessageFromAnotherBotIsIgnored()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostSignedAsync("/api/slack/events", SlackFixtures.Bytes("event_message_bot_modern.json"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Task.Delay(500);
        Assert.Empty(host.Slack.Effects);
        Assert.Empty(await CountAsync(host.Services.GetRequiredService<CoachTables>().SlackEvents));
    }

    [Fact]
    public async Task AppHomeOpenedPublishesTheHomeTabForOrgWideInstalls()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostSignedAsync("/api/slack/events", SlackFixtures.Bytes("event_app_home_opened.json"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        FakeSlackCall publish = (await host.Slack.WaitForAsync("views.publish")).Single();
        JsonElement body = publish.Json;
        Assert.Equal("W111", body.GetProperty("user_id").GetString());
        Assert.Equal("home", body.GetProperty("view").GetProperty("type").GetString());
        Assert.InRange(body.GetProperty("view").GetProperty("blocks").GetArrayLength(), 1, SlackBlockKit.MaxViewBlocks);
        Assert.Contains("Your progress", publish.Body, StringComparison.Ordinal);
        Assert.Contains("Next reminders", publish.Body, StringComparison.Ordinal);
        Assert.Contains(SlackActionIds.Command, publish.Body, StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("conversations.open"));
    }

    [Fact]
    public async Task ButtonsThatAreNotOursAreAcknowledgedAndIgnored()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostSignedAsync("/api/slack/interactions", SlackFixtures.Bytes("block_actions_home_tab.form.txt"), "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Task.Delay(500);
        Assert.Empty(host.Slack.Effects);
    }

    [Fact]
    public async Task TheDecodedBlockActionsFixtureIsTheWireFormFixtureAndIsHandledTheSameWay()
    {
        string wire = SlackFixtures.Text("block_actions_home_tab.form.txt");
        string decoded = Uri.UnescapeDataString(wire["payload=".Length..].Replace('+', ' '));
        Assert.Equal(SlackFixtures.Text("block_actions_home_tab.json").TrimEnd('\n'), decoded);

        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostInteractionAsync(SlackFixtures.Text("block_actions_home_tab.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300);
        Assert.Empty(host.Slack.Effects);
    }

    [Fact]
    public async Task AModalSubmitThatIsNotOursClosesTheModalAndDoesNothingElse()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostInteractionAsync(SlackFixtures.Text("view_submission_modal.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        await Task.Delay(300);
        Assert.Empty(host.Slack.Effects);
    }

    [Fact]
    public async Task ARateLimitedCallWaitsRetryAfterAndSucceeds()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(429, SlackFixtures.Text("webapi_error_ratelimited.json"), RetryAfterSeconds: 1));
        IChatApi chat = host.Services.GetRequiredService<IChatApi>();

        long started = TimeProvider.System.GetTimestamp();
        SlackPostedMessage posted = await chat.PostMessageAsync("D1", "hello");
        TimeSpan took = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal("D1", posted.Channel);
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.True(took >= TimeSpan.FromSeconds(0.95), $"retried after {took}");
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheInlineMaximumIsNotWaitedForButSurfacesAtOnce()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?> { ["Slack:MaxRetryAfter"] = "00:00:05" });
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(429, SlackFixtures.Text("webapi_error_ratelimited.json"), RetryAfterSeconds: 60));

        long started = TimeProvider.System.GetTimestamp();
        SlackApiException error = await Assert.ThrowsAsync<SlackApiException>(() => host.Services.GetRequiredService<IChatApi>().PostMessageAsync("D1", "hello"));
        TimeSpan took = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal(("ratelimited", TimeSpan.FromSeconds(60)), (error.ErrorCode, error.RetryAfter));
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.True(took < TimeSpan.FromSeconds(5), $"waited {took}");
    }

    [Fact]
    public async Task ARateLimitThatOutlastsTheRetriesSurfacesAsRatelimitedWithRetryAfter()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?> { ["Slack:MaxRateLimitRetries"] = "0" });
        host.Slack.Script("views.publish", new FakeSlackResponse(429, SlackFixtures.Text("webapi_error_ratelimited.json"), RetryAfterSeconds: 7));

        SlackApiException error = await Assert.ThrowsAsync<SlackApiException>(() => host.Services.GetRequiredService<IViewsApi>().PublishAsync("U1", new() { ["type"] = "home" }));
        Assert.Equal("ratelimited", error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task UsersInfoReadsTheIanaTimeZone()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("users.info", new FakeSlackResponse(200, SlackFixtures.Text("webapi_users_info_ok.json")));

        SlackUser user = await host.Services.GetRequiredService<IUsersApi>().InfoAsync("W012A3CDE");

        Assert.Equal("W012A3CDE", user.Id);
        Assert.Equal("America/Los_Angeles", user.TimeZone);
        Assert.Equal(-25200, user.TimeZoneOffsetSeconds);
        Assert.False(user.IsBot);
        Assert.Equal("user=W012A3CDE", host.Slack.CallsTo("users.info").Single().Body);
    }

    [Fact]
    public async Task AnyMethodCanBeCalledThroughTheClientAndItsOkEnvelopeIsChecked()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        host.Slack.Script("oauth.v2.access", new FakeSlackResponse(200, SlackFixtures.Text("webapi_oauth_v2_access_ok.json")));
        host.Slack.Script("oauth.v2.access", new FakeSlackResponse(200, """{"ok":false,"error":"invalid_code"}"""));
        SlackApiClient client = host.Services.GetRequiredService<SlackApiClient>();
        KeyValuePair<string, string>[] form = [new("code", "abc")];

        JsonElement ok = await client.PostFormAsync("oauth.v2.access", form);
        SlackApiException failed = await Assert.ThrowsAsync<SlackApiException>(() => client.PostFormAsync("oauth.v2.access", form));

        Assert.Equal("U0KRQLJ9H", ok.GetProperty("bot_user_id").GetString());
        Assert.Equal("invalid_code", failed.ErrorCode);
        Assert.Equal("oauth.v2.access", failed.Method);
    }

    private static async Task<List<TableEntity>> CountAsync(TableClient table)
    {
        var all = new List<TableEntity>();
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>())
        {
            all.Add(entity);
        }

        return all;
    }
}
