using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class ThankYouDialogTests
{
    private const string MariaId = "0123456789abcdef0123456789abcdef";

    private const string SamId = "fedcba9876543210fedcba9876543210";

    private static async Task<DebriefRecord> AddDebriefAsync(CoachHarness harness, string contactId, string name, string draft)
    {
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(new DateOnly(2026, 1, 6), CoachHarness.Start, contactId),
            ContactId = contactId,
            ContactName = name,
            MetOn = new DateOnly(2026, 1, 6),
            ThankYouDraft = draft,
            CreatedAt = CoachHarness.Start.AddDays(1),
        };
        await harness.Records.SaveAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null);
        return debrief;
    }

    private static async Task<(CoachHarness Harness, FakeReminderScheduler Reminders, DebriefRecord Debrief)> WithDebriefAsync()
    {
        var reminders = new FakeReminderScheduler();
        var harness = new CoachHarness(reminders: reminders);
        await harness.Client.Send("hi");
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(new DateOnly(2026, 1, 5), CoachHarness.Start, MariaId),
            ContactId = MariaId,
            ContactName = "Maria Lopez",
            MetOn = new DateOnly(2026, 1, 5),
            ThankYouDraft = "Dear Maria, thank you for the tour of the ward.",
            CreatedAt = CoachHarness.Start,
        };
        await harness.Records.SaveAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null);
        reminders.Add(harness.User, "Send Maria your thank-you note", CoachHarness.Start.AddDays(1), contactId: MariaId);
        return (harness, reminders, debrief);
    }

    [Fact]
    public async Task AThankYouButtonShowsTheDraftAndSentEndsTheReminders()
    {
        (CoachHarness harness, FakeReminderScheduler reminders, DebriefRecord debrief) = await WithDebriefAsync();

        await harness.Client.Send("thankyou " + MariaId).AssertReplyContains("thank you for the tour of the ward");
        await harness.Client.Send("yes").AssertReplyContains("Marked as sent");

        StoredRecord<DebriefRecord>? stored = await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, CoachingJsonContext.Default.DebriefRecord);
        Assert.NotNull(stored?.Value.ThankYouSentAt);
        Assert.Empty(await reminders.ListUpcomingAsync(harness.User));
    }

    [Theory]
    [InlineData("I sent the thank you to maria")]
    [InlineData("sent my thank-you note")]
    [InlineData("thank you sent")]
    public async Task SayingTheThankYouIsSentMarksItWithoutAskingAgain(string typed)
    {
        (CoachHarness harness, FakeReminderScheduler reminders, DebriefRecord debrief) = await WithDebriefAsync();

        await harness.Client.Send(typed).AssertReply("Marked your thank-you to Maria Lopez as sent").AssertReplyContains("What would you like to do next?");

        StoredRecord<DebriefRecord>? stored = await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, CoachingJsonContext.Default.DebriefRecord);
        Assert.NotNull(stored?.Value.ThankYouSentAt);
        Assert.Empty(await reminders.ListUpcomingAsync(harness.User));
    }

    [Theory]
    [InlineData("sent my thank-you to Maria")]
    [InlineData("I sent the thank you note to maria lopez yesterday")]
    public async Task SayingWhoTheThankYouWentToMarksTheirNoteNotTheLatest(string typed)
    {
        (CoachHarness harness, _, DebriefRecord maria) = await WithDebriefAsync();
        DebriefRecord sam = await AddDebriefAsync(harness, SamId, "Sam Okafor", "Dear Sam, thanks for the site visit.");

        await harness.Client.Send(typed).AssertReply("Marked your thank-you to Maria Lopez as sent");

        Assert.NotNull((await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, maria.Id, CoachingJsonContext.Default.DebriefRecord))?.Value.ThankYouSentAt);
        Assert.Null((await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, sam.Id, CoachingJsonContext.Default.DebriefRecord))?.Value.ThankYouSentAt);
    }

    [Fact]
    public async Task AThankYouToSomeoneWithNoDebriefMarksNothing()
    {
        (CoachHarness harness, _, DebriefRecord maria) = await WithDebriefAsync();

        await harness.Client.Send("I sent my thank you to Priya").AssertReply("I don't have a debrief with **Priya**, so nothing is marked")
            .AssertReplyContains("thank you for the tour of the ward").AssertReplyContains("has it gone out?");

        Assert.Null((await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, maria.Id, CoachingJsonContext.Default.DebriefRecord))?.Value.ThankYouSentAt);
    }

    [Theory]
    [InlineData("sent the thank you to her", null)]
    [InlineData("sent my thank-you note", null)]
    [InlineData("thank you note for Sam", "Sam")]
    [InlineData("I sent the thank-you to Maria Lopez.", "Maria Lopez")]
    [InlineData("sent a thank you to raj today", "raj")]
    public void TheRecipientIsReadOnlyWhenNamed(string typed, string? expected) =>
        Assert.Equal(expected, ThankYouDialog.NamedRecipient(typed));

    [Theory]
    [InlineData("sent it just now", true)]
    [InlineData("emailed it this morning", true)]
    [InlineData("not yet, still editing", false)]
    [InlineData("going to send it tonight", false)]
    public async Task WhetherItHasGoneOutIsReadFromWords(string typed, bool sent)
    {
        (CoachHarness harness, FakeReminderScheduler reminders, DebriefRecord debrief) = await WithDebriefAsync();

        await harness.Client.Send("thank you note").AssertReplyContains("has it gone out?");
        await harness.Client.Send(typed).AssertReplyContains(sent ? "Marked as sent" : "the reminder stays").AssertNoReplyContains("yes or no");

        StoredRecord<DebriefRecord>? stored = await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, CoachingJsonContext.Default.DebriefRecord);
        Assert.Equal(sent, stored?.Value.ThankYouSentAt is not null);
        Assert.Equal(sent ? 0 : 1, (await reminders.ListUpcomingAsync(harness.User)).Count);
    }

    [Fact]
    public async Task NotYetKeepsTheReminder()
    {
        (CoachHarness harness, FakeReminderScheduler reminders, _) = await WithDebriefAsync();

        await harness.Client.Send("thank you note");
        await harness.Client.Send("no").AssertReplyContains("the reminder stays: I'll nudge you");

        Assert.Single(await reminders.ListUpcomingAsync(harness.User));
    }

    [Fact]
    public async Task WithoutADebriefTheCoachSaysHowToGetADraft()
    {
        var harness = new CoachHarness();
        await harness.Client.Send("hi");

        await harness.Client.Send("thankyou").AssertReplyContains("Type **debrief**");
    }
}
