using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>Teams' answer time, the outbox's retries, splitting, pacing and kept replies, over real HTTP with the fake Connector.</summary>
[Collection(SharedAzurite.Name)]
public sealed class TeamsOutboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private async Task<HttpResponseMessage> PostAsync(TeamsTestHost host, JsonObject activity) =>
        await host.PostActivityAsync(activity, _channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>()));

    private JsonObject Message(string text, string id)
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        activity["text"] = text;
        activity["id"] = id;
        return activity;
    }

    [Fact]
    public async Task TheAnswerArrivesWithinTheReplyWaitWhileTheConnectorIsSlowAndTheRepliesFollowInOrder()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: new Dictionary<string, string?> { ["Teams:ReplyWait"] = "00:00:01" });
        _channel.Delay = TimeSpan.FromSeconds(8);

        var clock = Stopwatch.StartNew();
        using HttpResponseMessage response = await PostAsync(host, Message("hello", "m-slow-1"));
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Each Connector call takes 8 s; the answer does not wait for them (the margin is for a loaded machine's first request).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"answered after {clock.Elapsed}");
        Assert.Empty(_channel.Calls);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2, TimeSpan.FromSeconds(40));
        Assert.StartsWith(TestDialogs.Welcome, calls[0].Text, StringComparison.Ordinal);
        Assert.NotNull(calls[1].Card);
    }

    [Fact]
    public async Task RepliesTheConnectorKeepsRefusingAreOfferedAtTheStartOfTheNextTurnInOrder()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: new Dictionary<string, string?>
        {
            ["Teams:ConnectorMaxRetries"] = "1",
            ["Teams:OutboxAttempts"] = "2",
        });

        // Four 429s: the client's retry and the outbox's second round are both refused.
        for (int i = 0; i < 4; i++)
        {
            _channel.RespondNext(429, retryAfter: "0");
        }

        using HttpResponseMessage first = await PostAsync(host, Message("hello", "m-kept-1"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Empty(_channel.Calls);
        Assert.Equal(4, _channel.Attempts);

        using HttpResponseMessage second = await PostAsync(host, Message("Contacts", "m-kept-2"));
        // Kept replies come back as text, so the welcome and its question are one message, before the new turn's form.
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2);
        Assert.StartsWith(UndeliveredReplies.Prefix + TestDialogs.Welcome, calls[0].Text, StringComparison.Ordinal);
        Assert.Contains(TestDialogs.ChoicePromptText, calls[0].Text, StringComparison.Ordinal);
        Assert.Contains(TestDialogs.FormTitle, calls[1].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplyWhoseSendTimedOutIsNotSentAgainButKeptForTheNextTurn()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: new Dictionary<string, string?>
        {
            ["Teams:ConnectorTimeout"] = "00:00:01",
            ["Teams:ReplyWait"] = "00:00:00",
        });
        JsonObject first = Message("hello", "m-timeout-1");
        string userKey = new UserAddress("msteams", "72f988bf-86f1-41af-91ab-2d7cd011db47", first["from"]!["id"]!.GetValue<string>()).Key;
        _channel.Delay = TimeSpan.FromSeconds(3);

        using HttpResponseMessage response = await PostAsync(host, first);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        UndeliveredReplies undelivered = host.Services.GetRequiredService<UndeliveredReplies>();
        DateTime deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await undelivered.ExportAsync(userKey)).Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        // One attempt: a POST that timed out may have reached Teams, so neither the client nor the outbox repeats it.
        Assert.Equal(1, _channel.Attempts);
        Assert.Equal(2, (await undelivered.ExportAsync(userKey)).Count);
        _channel.Delay = TimeSpan.Zero;

        using HttpResponseMessage second = await PostAsync(host, Message("Contacts", "m-timeout-2"));
        // Both kept replies come back as text, so as one message of two paragraphs.
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2);
        ConnectorCall late = Assert.Single(calls, c => c.Text?.StartsWith(UndeliveredReplies.Prefix, StringComparison.Ordinal) == true);
        Assert.StartsWith(UndeliveredReplies.Prefix + TestDialogs.Welcome, late.Text, StringComparison.Ordinal);
        Assert.Contains(TestDialogs.ChoicePromptText, late.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeptRepliesSurviveARestartAndReachTheNextTurnOnAnotherHostSharingTheStorage()
    {
        var settings = new Dictionary<string, string?> { ["Teams:ConnectorMaxRetries"] = "1", ["Teams:OutboxAttempts"] = "2" };
        string prefix;
        await using (TeamsTestHost first = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: settings))
        {
            prefix = first.TablePrefix;
            for (int i = 0; i < 4; i++)
            {
                _channel.RespondNext(429, retryAfter: "0");
            }

            using HttpResponseMessage response = await PostAsync(first, Message("hello", "m-restart-1"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Empty(_channel.Calls);
        }

        await using TeamsTestHost second = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, tablePrefix: prefix, extra: settings);
        using HttpResponseMessage next = await PostAsync(second, Message("Contacts", "m-restart-2"));

        // Kept replies come back as text, so the welcome and its question are one message, before the new turn's form.
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2);
        Assert.StartsWith(UndeliveredReplies.Prefix + TestDialogs.Welcome, calls[0].Text, StringComparison.Ordinal);
        Assert.Contains(TestDialogs.ChoicePromptText, calls[0].Text, StringComparison.Ordinal);
        Assert.Contains(TestDialogs.FormTitle, calls[1].PlainText, StringComparison.Ordinal);
        Assert.Equal(0, second.Services.GetRequiredService<TableRequestMeter>().Snapshot().UnconditionalWrites);

        // Delivered once: a later turn starts without them.
        using HttpResponseMessage later = await PostAsync(second, Message("menu", "m-restart-3"));
        IReadOnlyList<ConnectorCall> after = await _channel.WaitForCallsAsync(3);
        Assert.DoesNotContain(after.Skip(2), c => c.Text?.StartsWith(UndeliveredReplies.Prefix, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AHostHoldingTheConversationInMemoryStillLearnsOfRepliesAnotherHostKept()
    {
        var settings = new Dictionary<string, string?> { ["Teams:ConnectorMaxRetries"] = "1", ["Teams:OutboxAttempts"] = "2" };
        await using TeamsTestHost holder = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: settings);
        await using TeamsTestHost other = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, tablePrefix: holder.TablePrefix, extra: settings);

        // The holder answers first, so it has the conversation's state cached.
        using (HttpResponseMessage response = await PostAsync(holder, Message("hello", "m-held-1")))
        {
            await _channel.WaitForCallsAsync(2);
        }

        // The other host's replies are refused: kept for the next turn.
        for (int i = 0; i < 4; i++)
        {
            _channel.RespondNext(429, retryAfter: "0");
        }

        using (HttpResponseMessage response = await PostAsync(other, Message("menu", "m-held-2")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(2, _channel.Calls.Count);
        using HttpResponseMessage next = await PostAsync(holder, Message("Contacts", "m-held-3"));

        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(5);
        Assert.StartsWith(UndeliveredReplies.Prefix, calls[2].Text, StringComparison.Ordinal);
        Assert.Contains(TestDialogs.FormTitle, calls[^1].PlainText, StringComparison.Ordinal);
        Assert.Equal(0, holder.Services.GetRequiredService<TableRequestMeter>().Snapshot().UnconditionalWrites);
        Assert.Equal(0, other.Services.GetRequiredService<TableRequestMeter>().Snapshot().UnconditionalWrites);
    }

    [Fact]
    public async Task AReplyTheConnectorRefusesAsTooLargeIsSentInPartsNotLost()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel);
        string words = string.Join(' ', Enumerable.Range(0, 400).Select(i => "word" + i));
        _channel.RespondNext(413);

        using HttpResponseMessage response = await PostAsync(host, Message(words, "m-big-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(3);
        ConnectorCall[] parts = [.. calls.Where(c => c.Card is null)];
        Assert.True(parts.Length >= 2, $"{parts.Length} part(s)");
        string joined = string.Join(' ', parts.Select(p => p.Text));
        Assert.Contains("word0 ", joined, StringComparison.Ordinal);
        Assert.Contains("word399 ", joined, StringComparison.Ordinal);
        Assert.NotNull(calls[^1].Card);
    }

    [Fact]
    public async Task ALongReplyIsSplitBeforeSendingAndPacedToTeamsPerConversationLimits()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: new Dictionary<string, string?> { ["Teams:MaxReplyTextBytes"] = "1024" });
        string words = string.Join(' ', Enumerable.Range(0, 1600).Select(i => "w" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));

        using HttpResponseMessage response = await PostAsync(host, Message(words, "m-many-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(10, TimeSpan.FromSeconds(20));
        Assert.True(calls.Count >= 10);
        Assert.All(calls.Where(c => c.Text is not null), c => Assert.True(System.Text.Encoding.UTF8.GetByteCount(c.Text!) <= 1024));
        Assert.Contains("w1599", string.Join(' ', calls.Select(c => c.Text)), StringComparison.Ordinal);

        // 7 in 1 s and 8 in 2 s: the 8th send waits for the 1st to be a second old, the 9th for it to be two.
        Assert.True(calls[7].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"8th after {calls[7].At - calls[0].At}");
        Assert.True(calls[8].At - calls[0].At >= TimeSpan.FromMilliseconds(1950), $"9th after {calls[8].At - calls[0].At}");
    }

    [Fact]
    public async Task ATurnThatTakesLongerThanTheTypingDelayShowsTypingFirst()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: new Dictionary<string, string?> { ["Teams:TypingDelay"] = "00:00:00" });

        using HttpResponseMessage response = await PostAsync(host, Message("hello", "m-typing-1"));

        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(3);
        Assert.Equal("typing", calls[0].Type);
        Assert.StartsWith(TestDialogs.Welcome, calls[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuickTurnShowsNoTyping()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel, extra: new Dictionary<string, string?> { ["Teams:TypingDelay"] = "00:00:05" });

        using HttpResponseMessage response = await PostAsync(host, Message("hello", "m-typing-2"));

        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2);
        await Task.Delay(300);
        Assert.DoesNotContain(_channel.Calls, c => c.Type == "typing");
    }
}
