using System.Net;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Slack;

/// <summary>The app uninstalled or its token revoked: deliveries stop, references go inactive, data is erased after retention.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SlackUninstallTests(AzuriteFixture azurite)
{
    // Not the team auth.test names (T1), whose working token would make it active again at start-up.
    private const string Team = "T9";
    private const string User = "U9";
    private static readonly Reply[] s_reminder = [new TextReply("Time to send your thank-you note.")];

    private static string Envelope(JsonObject evt, string eventId) => new JsonObject
    {
        ["type"] = "event_callback",
        ["team_id"] = Team,
        ["event_id"] = eventId,
        ["event_time"] = 1_700_000_000,
        ["event"] = evt,
    }.ToJsonString();

    private static UserAddress Address => new("slack", Team, User);

    private static IChannelProactiveSender Sender(SlackTestHost host) =>
        host.Services.GetServices<IChannelProactiveSender>().Single(s => s.Channel == "slack");

    private static async Task StartConversationAsync(SlackTestHost host)
    {
        using HttpResponseMessage dm = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "hello", "EvHello"));
        await host.Slack.WaitForAsync("chat.postMessage");
        ConversationReference? reference = null;
        for (int i = 0; i < 50 && reference is null; i++)
        {
            reference = await host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(Address.Key);
            await Task.Delay(20);
        }

        Assert.True(reference!.Active);
    }

    [Fact]
    public async Task AppUninstalledStopsEveryDeliveryAndMarksTheWorkspacesReferencesInactive()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await StartConversationAsync(host);
        int posts = host.Slack.CallsTo("chat.postMessage").Count;

        using HttpResponseMessage uninstall = await host.PostEventAsync(Envelope(new JsonObject { ["type"] = "app_uninstalled" }, "EvUninstall"));

        Assert.Equal(HttpStatusCode.OK, uninstall.StatusCode);
        ConversationReference? reference = await host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(Address.Key);
        Assert.False(reference!.Active);

        // A reminder and a queued turn both stop without calling Slack.
        ProactiveSendResult reminder = await Sender(host).SendAsync(reference, s_reminder);
        Assert.Equal(ProactiveSendStatus.Inactive, reminder.Status);
        using HttpResponseMessage late = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "still there?", "EvLate"));
        await Task.Delay(500);
        Assert.Equal(posts, host.Slack.CallsTo("chat.postMessage").Count);

        // The date is recorded for the retention period.
        SlackWorkspaceEntity? stored = await host.Services.GetRequiredService<CoachTables>().SlackWorkspaces
            .FindEntityAsync<SlackWorkspaceEntity>(SlackWorkspaceEntity.Partition, Team);
        Assert.Equal("app_uninstalled", stored!.Reason);
        Assert.Null(stored.ErasedAt);
    }

    [Fact]
    public async Task RevokedUserTokensAloneChangeNothingButARevokedBotTokenStopsTheWorkspace()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await StartConversationAsync(host);
        SlackWorkspaces workspaces = host.Services.GetRequiredService<SlackWorkspaces>();

        var userTokens = new JsonObject { ["type"] = "tokens_revoked", ["tokens"] = new JsonObject { ["oauth"] = new JsonArray("UOTHER") } };
        (await host.PostEventAsync(Envelope(userTokens, "EvRevokeUser"))).Dispose();
        Assert.True(workspaces.IsActive(Team));

        var botTokens = new JsonObject { ["type"] = "tokens_revoked", ["tokens"] = new JsonObject { ["bot"] = new JsonArray("UBOT") } };
        using HttpResponseMessage revoked = await host.PostEventAsync(Envelope(botTokens, "EvRevokeBot"));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.False(workspaces.IsActive(Team));
        Assert.False((await host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(Address.Key))!.Active);
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("account_inactive")]
    [InlineData("token_revoked")]
    public async Task ADeadTokenIsFinalNotRetriedAndStopsTheWorkspace(string error)
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?> { ["Slack:DeliveryAttempts"] = "4" });
        host.Slack.Script("users.info", new FakeSlackResponse(200, "{\"ok\":true,\"user\":{\"id\":\"U9\",\"tz\":\"Europe/Paris\"}}"));
        host.Slack.Script("chat.postMessage", new FakeSlackResponse(200, $$"""{"ok":false,"error":"{{error}}"}"""));

        using HttpResponseMessage dm = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "hello", "EvDead"));
        await host.Slack.WaitForAsync("chat.postMessage");
        SlackWorkspaces workspaces = host.Services.GetRequiredService<SlackWorkspaces>();
        for (int i = 0; i < 50 && workspaces.IsActive(Team); i++)
        {
            await Task.Delay(20);
        }

        await Task.Delay(400);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.False(workspaces.IsActive(Team));
        ProactiveSendResult reminder = await Sender(host).SendAsync(
            new ConversationReference(Address, """{"team":"T9","user":"U9","channel":"DU9"}""", null, true, DateTimeOffset.UtcNow), s_reminder);
        Assert.Equal(ProactiveSendStatus.Inactive, reminder.Status);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task AfterTheRetentionPeriodTheWorkspacesDataIsErasedAndTheRunIsRecorded()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, settings: new Dictionary<string, string?>
        {
            ["Slack:UninstalledDataRetention"] = "00:00:00",
            ["Slack:RetentionCheckInterval"] = "01:00:00",
        });
        await StartConversationAsync(host);
        Assert.NotNull(await host.Services.GetRequiredService<IDialogStateStore>().ReadAsync(Address.Key));
        var kept = host.Services.GetRequiredService<UndeliveredReplies>();
        var offers = host.Services.GetRequiredService<InterviewCoach.Bot.Teams.PendingFileUploads>();
        await kept.KeepAsync(Address.Key, [new InterviewCoach.Dialogs.Replies.TextReply("Your goal is saved.")]);
        await offers.AddAsync(Address.Key, new InterviewCoach.Dialogs.Replies.FileReply("data.json", "application/json", "{}", "Your data."));
        (await host.PostEventAsync(Envelope(new JsonObject { ["type"] = "app_uninstalled" }, "EvGone"))).Dispose();

        int erased = await host.Services.GetRequiredService<SlackWorkspaceRetentionService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, erased);
        Assert.Null(await host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(Address.Key));
        Assert.Null(await host.Services.GetRequiredService<IDialogStateStore>().ReadAsync(Address.Key));
        Assert.Empty(await kept.ExportAsync(Address.Key));
        Assert.Empty(await offers.ExportAsync(Address.Key));
        SlackWorkspaceEntity? stored = await host.Services.GetRequiredService<CoachTables>().SlackWorkspaces
            .FindEntityAsync<SlackWorkspaceEntity>(SlackWorkspaceEntity.Partition, Team);
        Assert.NotNull(stored!.ErasedAt);

        // A second run finds nothing left to do.
        Assert.Equal(0, await host.Services.GetRequiredService<SlackWorkspaceRetentionService>().RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task BeforeTheRetentionPeriodNothingIsErased()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await StartConversationAsync(host);
        (await host.PostEventAsync(Envelope(new JsonObject { ["type"] = "app_uninstalled" }, "EvGone2"))).Dispose();

        Assert.Equal(0, await host.Services.GetRequiredService<SlackWorkspaceRetentionService>().RunOnceAsync(CancellationToken.None));
        Assert.NotNull(await host.Services.GetRequiredService<ConversationReferenceStore>().GetAsync(Address.Key));
    }
}
