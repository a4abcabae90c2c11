using System.Text;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;

namespace InterviewCoach.Bot.Tests.Slack;

/// <summary>"Export my data" in Slack: a real file uploaded into the user's DM, or the full text when the upload fails.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SlackFileExportTests(AzuriteFixture azurite)
{
    private const string Team = "T1";
    private const string User = "U3";

    [Fact]
    public async Task TheExportIsUploadedIntoTheDmWithItsSummaryAndTheExactBytes()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, dialogs: FileExportDialogs.Create());

        using HttpResponseMessage dm = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "export my data", "EvExport1"));

        FakeSlackCall target = (await host.Slack.WaitForAsync("files.getUploadURLExternal")).Single();
        Assert.Equal(FileExportDialogs.FileName, target.Field("filename"));
        Assert.Equal(Encoding.UTF8.GetByteCount(FileExportDialogs.Content).ToString(System.Globalization.CultureInfo.InvariantCulture), target.Field("length"));
        FakeSlackCall complete = (await host.Slack.WaitForAsync("files.completeUploadExternal")).Single();
        string fileId = complete.Json.GetProperty("files")[0].GetProperty("id").GetString()!;
        Assert.Equal(Encoding.UTF8.GetBytes(FileExportDialogs.Content), host.Slack.Uploads[fileId]);
        Assert.Equal("D" + User, complete.Field("channel_id"));
        Assert.Equal(FileExportDialogs.Summary, complete.Field("initial_comment"));

        // In order: the file, then the line after it; nothing claims an attachment that did not go out.
        FakeSlackCall after = (await host.Slack.WaitForAsync("chat.postMessage")).Single();
        Assert.True(after.At >= complete.At);
        Assert.Contains("delete my data", after.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheUploadFailsTheExportArrivesAsTextInFull()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, dialogs: FileExportDialogs.Create(), settings: new Dictionary<string, string?> { ["Slack:DeliveryAttempts"] = "1" });
        host.Slack.Script("files.getUploadURLExternal", new FakeSlackResponse(200, """{"ok":false,"error":"missing_scope"}"""));

        using HttpResponseMessage dm = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "export my data", "EvExport2"));

        await host.Slack.WaitForAsync("chat.postMessage");
        await Task.Delay(500);
        string all = string.Concat(host.Slack.CallsTo("chat.postMessage").Select(p => p.Body));
        Assert.Contains(SlackTurnProcessor.FileAsTextLead, all, StringComparison.Ordinal);
        Assert.Contains("Zoë Müller 0", all, StringComparison.Ordinal);
        Assert.Contains("Zoë Müller 39", all, StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("files.completeUploadExternal"));
    }
}
