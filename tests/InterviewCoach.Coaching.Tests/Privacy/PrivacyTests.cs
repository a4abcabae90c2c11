using System.Text.Json;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Privacy;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.MeetingFlows;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Privacy;

public sealed class PrivacyTests
{
    private const string OtherUser = "test/users/2";

    [Fact]
    public async Task ASmallExportIsAJsonMessageGroupedByKind()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());

        TestTurn turn = await harness.Client.Send("export my data");

        string text = turn.Replies[0].ToPlainText();
        Assert.StartsWith("Here is everything I keep about you: 2 items (1 contact, 1 profile).\n\n```json\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n```", text, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(text[(text.IndexOf("```json\n", StringComparison.Ordinal) + 8)..^4]);
        Assert.Equal(2, json.RootElement.GetProperty("recordCount").GetInt32());
        JsonElement contact = json.RootElement.GetProperty("records").GetProperty("contact")[0];
        Assert.Equal(maria.Id, contact.GetProperty("id").GetString());
        Assert.Equal("Maria Lopez", contact.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("Sam Lee", json.RootElement.GetProperty("records").GetProperty("profile")[0].GetProperty("data").GetProperty("displayName").GetString());
        Assert.Contains("\n  \"records\": {", text, StringComparison.Ordinal);
        turn.AssertReply(_ => true).AssertReply("delete my data").AssertReply(TestRootDialog.Resumed);
    }

    [Fact]
    public async Task ALargeExportIsAFileWithTheHostsOtherDataIncluded()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        harness.Hooks!.OtherData = [new ExportedRecord("reminder", "r1", "{\"text\":\"Send Maria your thank-you note\"}", harness.Now)];
        for (int i = 0; i < 20; i++)
        {
            await harness.AddContactAsync(Samples.ReferredContact() with { Id = ContactId.New(), Notes = $"Contact number {i} with a few notes about them." });
        }

        FileReply file = (FileReply)(await harness.Client.Send("download my data")).Replies[0];

        Assert.Equal(("interview-coach-data.json", "application/json"), (file.FileName, file.ContentType));
        Assert.Equal("Here is everything I keep about you: 21 items (20 contacts, 1 reminder).", file.ToPlainText());
        Assert.True(file.Content.Length >= UserDataExport.MaxMessageLength);
        using JsonDocument json = JsonDocument.Parse(file.Content);
        Assert.Equal(20, json.RootElement.GetProperty("records").GetProperty("contact").GetArrayLength());
        Assert.Equal("Send Maria your thank-you note", json.RootElement.GetProperty("records").GetProperty("reminder")[0].GetProperty("data").GetProperty("text").GetString());
    }

    [Fact]
    public void ExportKeepsInvalidStoredJsonAsAString()
    {
        string json = UserDataExport.ToJson([new ExportedRecord("note", "n1", "not json", null)], Samples.Now);

        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal("not json", document.RootElement.GetProperty("records").GetProperty("note")[0].GetProperty("data").GetString());
    }

    [Fact]
    public async Task DeleteAfterYesRemovesEverythingOfThisUserOnlyAndEndsTheConversation()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        await harness.AddContactAsync(Samples.ReferredContact());
        await harness.Records.SaveAsync(OtherUser, UserRecordKinds.Contact, "c1", Samples.ColdContact(), CoachingJsonContext.Default.Contact, null);

        await harness.Client.Send("delete my data").AssertReply("That's 2 records");
        TestTurn deleted = await harness.Client.Send("yes");

        deleted.AssertReply("Done. I removed 5 items: 2 records (goals, contacts, question lists, debriefs, practice) and 3 reminders, conversation references and saved conversation state.")
            .AssertNoMoreReplies()
            .AssertStatus(DialogTurnStatus.Cancelled);
        Assert.Empty(await harness.Records.ExportAllAsync(harness.User));
        Assert.Single(await harness.Records.ExportAllAsync(OtherUser));
        Assert.Equal([harness.User], harness.Hooks!.Erased);
        await harness.Client.Send("hello").AssertReply(TestRootDialog.Prompt);
    }

    [Fact]
    public async Task DeleteWithoutHooksSaysWhatItRemoved()
    {
        var harness = new MeetingFlowsHarness();
        await harness.AddContactAsync(Samples.ReferredContact());

        await harness.Client.Send("forget me");
        await harness.Client.Press("yes").AssertReply("Done. I removed 1 record: your goals, contacts, question lists, debriefs and practice.");
        Assert.Equal(0, harness.Records.Count);
    }

    [Fact]
    public async Task DeclinedDeleteKeepsEverything()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.AddContactAsync(Samples.ReferredContact());

        await harness.Client.Send("delete my data").AssertReply("Delete it all?");
        await harness.Client.Send("no").AssertReply("Okay, nothing was deleted.").AssertReply(TestRootDialog.Resumed);

        Assert.Equal(1, harness.Records.Count);
        Assert.Empty(harness.Hooks!.Erased);
    }
}
