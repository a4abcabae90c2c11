using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class ThankYouDialogTests
{
    private const string MariaId = "0123456789abcdef0123456789abcdef";

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
