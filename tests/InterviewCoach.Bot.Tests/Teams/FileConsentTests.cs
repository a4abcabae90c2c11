using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>
/// "Export my data" as a real file in Teams: consent card, upload on Allow, file card, Decline, and refused answers.
/// Local mode, so the upload session can be the fake Connector's loopback <c>/upload</c> route.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class FileConsentTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, dialogs: FileExportDialogs.Create());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private async Task<JsonObject> ExportAsync()
    {
        JsonObject message = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        message["text"] = "export my data";
        using HttpResponseMessage response = await _host.PostActivityAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(2);
        JsonObject offer = calls[0].Body;
        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", offer["attachments"]![0]!["contentType"]!.GetValue<string>());
        return offer;
    }

    private JsonObject Answer(JsonObject offer, string action, string? uploadUrl = null)
    {
        JsonObject invoke = TeamsFixtures.LoadFor("teams-invoke-adaptivecard-action-personal.json", _channel.BaseUrl);
        JsonObject message = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        invoke["from"] = message["from"]!.DeepClone();
        invoke["conversation"] = message["conversation"]!.DeepClone();
        invoke["channelData"] = message["channelData"]!.DeepClone();
        invoke["name"] = "fileConsent/invoke";
        invoke["id"] = "f:consent-" + Guid.NewGuid().ToString("N")[..8];
        var value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = offer["attachments"]![0]!["content"]![action == "accept" ? "acceptContext" : "declineContext"]!.DeepClone(),
        };
        if (action == "accept")
        {
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/user/Documents/Applications/interview-coach-data.json",
                ["fileName"] = FileExportDialogs.FileName,
                ["name"] = FileExportDialogs.FileName,
                ["uploadUrl"] = uploadUrl ?? _channel.BaseUrl + "upload/session-1",
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                ["fileType"] = "json",
            };
        }

        invoke["value"] = value;
        return invoke;
    }

    [Fact]
    public async Task ExportOffersTheFileWithAConsentCardAndNeverClaimsItWasSent()
    {
        JsonObject offer = await ExportAsync();

        JsonNode content = offer["attachments"]![0]!["content"]!;
        Assert.Equal(Encoding.UTF8.GetByteCount(FileExportDialogs.Content), content["sizeInBytes"]!.GetValue<int>());
        Assert.Equal(FileExportDialogs.FileName, offer["attachments"]![0]!["name"]!.GetValue<string>());
        string text = offer["text"]!.GetValue<string>();
        Assert.StartsWith(FileExportDialogs.Summary, text, StringComparison.Ordinal);
        Assert.DoesNotContain("attached", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(FileExportDialogs.After, _channel.Calls[1].Text);
        Assert.Empty(_channel.Uploads);
    }

    [Fact]
    public async Task AllowingUploadsTheExactBytesAndShowsTheFileCard()
    {
        JsonObject offer = await ExportAsync();

        using HttpResponseMessage response = await _host.PostActivityAsync(Answer(offer, "accept"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (string path, string? range, byte[] bytes) = Assert.Single(_channel.Uploads);
        Assert.Equal("session-1", path);
        Assert.Equal(Encoding.UTF8.GetBytes(FileExportDialogs.Content), bytes);
        Assert.Equal($"bytes 0-{bytes.Length - 1}/{bytes.Length}", range);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(3);
        JsonNode card = calls[2].Body["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.teams.card.file.info", card["contentType"]!.GetValue<string>());
        Assert.Equal("https://contoso-my.sharepoint.com/personal/user/Documents/Applications/interview-coach-data.json", card["contentUrl"]!.GetValue<string>());
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C9D", card["content"]!["uniqueId"]!.GetValue<string>());

        // The offer is taken once: answering it again finds nothing waiting and uploads nothing more.
        using HttpResponseMessage again = await _host.PostActivityAsync(Answer(offer, "accept"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_channel.Uploads);
        Assert.Contains("no longer waiting", (await _channel.WaitForCallsAsync(4))[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerReachingAnotherHostUploadsTheOfferedBytes()
    {
        JsonObject offer = await ExportAsync();

        // A second instance on the same storage (or this one after a restart): nothing in its memory.
        await using TeamsTestHost other = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, tablePrefix: _host.TablePrefix, dialogs: FileExportDialogs.Create());
        using HttpResponseMessage response = await other.PostActivityAsync(Answer(offer, "accept"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (string path, _, byte[] bytes) = Assert.Single(_channel.Uploads);
        Assert.Equal("session-1", path);
        Assert.Equal(Encoding.UTF8.GetBytes(FileExportDialogs.Content), bytes);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(3);
        Assert.Equal("application/vnd.microsoft.teams.card.file.info", calls[2].Body["attachments"]![0]!["contentType"]!.GetValue<string>());

        // Taken once across hosts: the first host finds nothing waiting.
        using HttpResponseMessage again = await _host.PostActivityAsync(Answer(offer, "accept"));
        Assert.Single(_channel.Uploads);
        Assert.Contains("no longer waiting", (await _channel.WaitForCallsAsync(4))[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileTooLargeToKeepWithItsOfferArrivesAsTextInsteadOfACardThatCouldNotBeCompleted()
    {
        string content = "{\"notes\":\"" + string.Concat(Enumerable.Repeat("met at the meetup, follow up in two weeks. ", 7_000)) + "\"}";
        var dialogs = new InterviewCoach.Dialogs.DialogSet();
        dialogs.Add(new InterviewCoach.Dialogs.WaterfallDialog(InterviewCoach.Coaching.CoachDialogs.MenuDialogId, [
            (step, ct) =>
            {
                step.Send(new InterviewCoach.Dialogs.Replies.FileReply(FileExportDialogs.FileName, "application/json", content, FileExportDialogs.Summary));
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, dialogs: dialogs);
        JsonObject message = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        message["text"] = "export my data";

        using HttpResponseMessage response = await host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        int parts = (content.Length / 6000) + 2;
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(parts, TimeSpan.FromSeconds(60));
        Assert.StartsWith(FileExportDialogs.Summary + " " + InterviewCoach.Bot.Teams.TeamsAdapter.FileAsTextLead, calls[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(calls, c => c.Body["attachments"] is not null);
        string joined = string.Concat(calls.Skip(1).Select(c => c.Text ?? string.Empty));
        Assert.Contains("follow up in two weeks. \"}", joined, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecliningIsAnsweredPolitelyAndUploadsNothing()
    {
        JsonObject offer = await ExportAsync();

        using HttpResponseMessage response = await _host.PostActivityAsync(Answer(offer, "decline"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(3);
        Assert.StartsWith("No problem", calls[2].Text, StringComparison.Ordinal);
        Assert.Empty(_channel.Uploads);
    }

    [Fact]
    public async Task AFailedUploadIsToldAndNoFileCardIsPosted()
    {
        JsonObject offer = await ExportAsync();
        _channel.UploadStatus = 500;

        using HttpResponseMessage response = await _host.PostActivityAsync(Answer(offer, "accept"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(3);
        Assert.Contains("didn't work", calls[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_channel.Calls, c => c.Body["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.teams.card.file.info");
    }

    [Theory]
    [InlineData("https://evil.example.com/upload/session-1")]
    [InlineData("http://contoso-my.sharepoint.com/upload")]
    [InlineData("https://sharepoint.com.evil.example/upload")]
    [InlineData("file:///etc/passwd")]
    public async Task AnUploadUrlThatIsNotMicrosoftsIsRefusedAndTheOfferStaysOpen(string uploadUrl)
    {
        JsonObject offer = await ExportAsync();

        using HttpResponseMessage refused = await _host.PostActivityAsync(Answer(offer, "accept", uploadUrl));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty(_channel.Uploads);

        using HttpResponseMessage accepted = await _host.PostActivityAsync(Answer(offer, "accept"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(_channel.Uploads);
    }

    [Fact]
    public async Task AForgedOrMalformedConsentAnswerIsRefusedOrFindsNothing()
    {
        JsonObject offer = await ExportAsync();

        JsonObject noAction = Answer(offer, "accept");
        noAction["value"]!.AsObject().Remove("action");
        using (HttpResponseMessage response = await _host.PostActivityAsync(noAction))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        JsonObject noUploadInfo = Answer(offer, "accept");
        noUploadInfo["value"]!.AsObject().Remove("uploadInfo");
        using (HttpResponseMessage response = await _host.PostActivityAsync(noUploadInfo))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        // Someone else's answer carrying this user's file id uploads nothing.
        JsonObject otherUser = Answer(offer, "accept");
        otherUser["from"]!["id"] = "29:someone-else";
        using (HttpResponseMessage response = await _host.PostActivityAsync(otherUser))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Empty(_channel.Uploads);
    }

    [Fact]
    public async Task OutsideAPersonalTeamsChatTheFileArrivesAsTextInFull()
    {
        JsonObject message = TeamsFixtures.LoadFor("emulator-message.json", _channel.BaseUrl);
        using HttpResponseMessage response = await _host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(3);
        await Task.Delay(300);
        string[] texts = [.. _channel.Calls.Select(c => c.Text ?? string.Empty)];
        Assert.StartsWith(FileExportDialogs.Summary, texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("attached", texts[0], StringComparison.OrdinalIgnoreCase);
        string joined = string.Concat(texts.Skip(1).Where(t => t.StartsWith("```", StringComparison.Ordinal)).Select(t => t["```json\n".Length..^"\n```".Length] + "\n"));
        Assert.Equal(FileExportDialogs.Content, joined.TrimEnd('\n'));
        Assert.Equal(FileExportDialogs.After, texts[^1]);
        Assert.DoesNotContain(_channel.Calls, c => c.Body["attachments"] is not null);
    }
}
