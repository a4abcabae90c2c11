using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

/// <summary>S117: a keep-in-touch message that shares a link and one line why.</summary>
public sealed class ShareResourceDialogTests
{
    [Fact]
    public async Task ALinkIsSharedWithALineWhyTiedToWhatTheContactSaidAndTheNextUpdateMovesBack()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.KeepingInTouch };
        await coach.SaveContactAsync(maria);
        await SaveDebriefAsync(coach, maria, "Night shifts rotate every six weeks. The pay is poor.");
        await coach.Client.Send("hi");

        await coach.Client.Send("share a resource maria lopez").AssertReply("Passing on something useful").AssertReply("Paste the link");
        await coach.Client.Send("a good article").AssertReply("doesn't look like a link");
        await coach.Client.Send("https://example.org/rotas").AssertReply("why might they find it useful");
        await coach.Client.Send("it compares rota patterns across three hospitals")
            .AssertReply<TextReply>(r => r.Markdown.Contains("Dear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("When we talked in December, you told me that night shifts rotate every six weeks, and this made me think of you: https://example.org/rotas", StringComparison.Ordinal)
                && r.Markdown.Contains("It compares rota patterns across three hospitals.", StringComparison.Ordinal)
                && !r.Markdown.Contains("pay", StringComparison.Ordinal)
                && r.Markdown.EndsWith("Sam Lee", StringComparison.Ordinal))
            .AssertReply("Are you sending it now?");
        await coach.Client.Send("yes")
            .AssertReply("Noted on Maria Lopez's page.")
            .AssertReply("your next update reminder moves back:\n- Send Maria Lopez a progress update: **Mon 6 Apr, 09:00 (UTC)**")
            .AssertReply<ChoiceReply>(next => next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My contacts", "My reminders", "Something else" }));

        ScheduledReminder update = Assert.Single(reminders.Pending(coach.User));
        Assert.Equal((ReminderKind.KeepInTouch, maria.Id, coach.Clock.GetUtcNow().AddDays(90)), (update.Kind, update.ContactId, update.DueUtc));
        Contact stored = Assert.Single(await coach.ContactsAsync());
        Assert.Equal("Shared https://example.org/rotas (Mon 5 Jan 2026): it compares rota patterns across three hospitals.", stored.Notes);
    }

    [Fact]
    public async Task SharingWithSomeoneWhoDidNotAgreeToStayInTouchSetsNoReminderAndNotYetNotesNothing()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Met };
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(Samples.ColdContact());
        await coach.Client.Send("hi");

        await coach.Client.Send("share a link").AssertReply<ChoiceReply>(r => r.Buttons.Single().Title == "Maria Lopez");
        await coach.Client.Press(maria.Id).AssertReply("Passing on").AssertReply("Paste the link");
        await coach.Client.Send("www.example.org/guide");
        await coach.Client.Send("skip").AssertReply<TextReply>(r => r.Markdown.Contains("I came across this and thought of you: www.example.org/guide", StringComparison.Ordinal)
            && r.Markdown.EndsWith("[your name]", StringComparison.Ordinal));
        await coach.Client.Send("no").AssertReply("nothing is noted until you send it");
        Assert.Null((await coach.ContactsAsync()).Single(c => c.Id == maria.Id).Notes);

        await coach.Client.Send("share a resource");
        await coach.Client.Press(maria.Id);
        await coach.Client.Send("https://example.org");
        await coach.Client.Send("skip");
        await coach.Client.Send("yes").AssertReply("Noted on Maria Lopez's page.").AssertNoReplyContains("update reminder");
        Assert.Empty(reminders.Pending(coach.User));
    }

    private static async Task SaveDebriefAsync(CoachHarness coach, Contact contact, string learned)
    {
        var metOn = new DateOnly(2025, 12, 1);
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(metOn, coach.Clock.GetUtcNow(), contact.Id),
            ContactId = contact.Id,
            ContactName = contact.Name,
            MetOn = metOn,
            Learned = learned,
            StayInTouch = true,
            CreatedAt = coach.Clock.GetUtcNow(),
        };
        await coach.Records.SaveAsync(coach.User, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null);
    }
}
