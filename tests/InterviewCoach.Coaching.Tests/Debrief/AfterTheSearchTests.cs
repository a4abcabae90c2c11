using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.MeetingFlows;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

/// <summary>Referrals set aside (S095) and closing the loop when the search ends (S119).</summary>
public sealed class AfterTheSearchTests
{
    [Fact]
    public async Task ClosingTheLoopDraftsANotePerHelperNamingHowEachHelped()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Thanked, Email = "maria@stannes.example" });
        Contact ana = await harness.AddContactAsync(Contact.Create("Ana Ruiz", harness.Now) with
        {
            Connection = ConnectionKind.ReferredBy, ReferredByName = maria.Name, ReferredByContactId = maria.Id, Stage = ContactStage.Met,
        });
        Contact tomas = await harness.AddContactAsync(Samples.ColdContact() with { Stage = ContactStage.Asked });
        await SaveDebriefAsync(harness, maria, advice: "Shadow a nurse for a day. Don't bother with agencies.");
        await harness.Reminders!.ScheduleAsync(harness.User, [new ReminderRequest(ReminderKind.OutreachFollowUp, "f", harness.Now.AddDays(7), "Follow up", "b", ReminderFlows.Contacts, tomas.Id)]);

        await harness.Client.Send("close the loop").AssertReply("Has your search come to an end?");
        await harness.Client.Send("yes").AssertReply("How did it turn out");
        TestTurn turn = await harness.Client.Send("I've accepted a role as a clinical educator at St Anne's.");

        turn.AssertReply("These people helped along the way; each gets a note that says how:\n- Ana Ruiz\n- Maria Lopez")
            .AssertReply<TextReply>(r => r.Markdown.StartsWith("**To Ana Ruiz**\n\nDear Ana,", StringComparison.Ordinal)
                && r.Markdown.Contains("my search has come to an end: I've accepted a role as a clinical educator at St Anne's.", StringComparison.Ordinal)
                && r.Markdown.Contains("Our conversation played a real part", StringComparison.Ordinal))
            .AssertReply<TextReply>(r => r.Markdown.StartsWith("**To Maria Lopez** (maria@stannes.example)\n\nDear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("You played a real part in it: your advice to shadow a nurse for a day and introducing me to Ana Ruiz.", StringComparison.Ordinal)
                && !r.Markdown.Contains("agencies", StringComparison.Ordinal)
                && r.Markdown.EndsWith("Sam Lee", StringComparison.Ordinal))
            .AssertReply("- Close the loop with Ana Ruiz: **Tue 6 Jan, 09:00 (UTC)**")
            .AssertReply("I've cancelled your other pending reminder");
        Assert.Equal(new[] { ana.Id, maria.Id }.Order(StringComparer.Ordinal), harness.Reminders.Pending(harness.User).Select(r => r.ContactId!).Order(StringComparer.Ordinal));
        Assert.All(harness.Reminders.Pending(harness.User), r => Assert.Equal(ReminderKind.CloseTheLoop, r.Kind));
    }

    [Fact]
    public async Task AReferralNotPursuedIsTypedByNameItsRemindersAreCancelledAndTheReferrerGetsACourtesyNote()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        (Contact maria, Contact ana) = await SaveReferralAsync(coach);
        await reminders.ScheduleAsync(coach.User, [new ReminderRequest(ReminderKind.ReferralOutreach, "r", coach.Clock.GetUtcNow().AddDays(2), "Reach out to Ana Ruiz", "b", ReminderFlows.Contacts, ana.Id)]);
        await coach.Client.Send("hi");

        await coach.Client.Send("not pursuing Ana").AssertReply("why not Ana Ruiz?");
        await coach.Client.Send("My search has changed direction.")
            .AssertReply("Noted on Ana Ruiz's page")
            .AssertReply("I've cancelled the 1 reminder about Ana Ruiz.")
            .AssertReply<TextReply>(r => r.Markdown.Contains("Dear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("Thank you again for putting me in touch with Ana Ruiz at St Anne's.", StringComparison.Ordinal)
                && r.Markdown.Contains("as my search has changed direction", StringComparison.Ordinal)
                && r.Markdown.EndsWith("Sam Lee", StringComparison.Ordinal))
            .AssertReply<ChoiceReply>(next => next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My contacts", "My reminders", "Something else" }));

        Assert.Empty(reminders.Pending(coach.User));
        Contact stored = (await coach.ContactsAsync()).Single(c => c.Id == ana.Id);
        Assert.Equal(coach.Clock.GetUtcNow(), stored.NotPursuingSince);
        Assert.Contains("Not pursuing (Mon 5 Jan 2026): My search has changed direction.", stored.Notes, StringComparison.Ordinal);
        Assert.Equal(ContactStage.Met, (await coach.ContactsAsync()).Single(c => c.Id == maria.Id).Stage);

        // Set aside once, it is no longer offered.
        await coach.Client.Send("drop a referral").AssertReply("no referrals waiting");
    }

    [Fact]
    public async Task NotPursuingByButtonWithNoRemindersSaysNoneWereCancelled()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        (_, Contact ana) = await SaveReferralAsync(coach);
        await coach.Client.Send("hi");

        await coach.Client.Send("not pursuing").AssertReply<ChoiceReply>(r => r.Buttons.Single().Title == "Ana Ruiz (from Maria Lopez)");
        await coach.Client.Press(ana.Id).AssertReply("why not Ana Ruiz?");
        await coach.Client.Send("skip")
            .AssertReply("Noted")
            .AssertReply("There were no reminders about Ana Ruiz to cancel.")
            .AssertReply<TextReply>(r => r.Markdown.Contains("I've decided not to follow it up for now, and I wanted you to hear that from me", StringComparison.Ordinal)
                && r.Markdown.EndsWith("[your name]", StringComparison.Ordinal));
    }

    private static async Task<(Contact Maria, Contact Ana)> SaveReferralAsync(CoachHarness coach)
    {
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Met };
        Contact ana = Contact.Create("Ana Ruiz", coach.Clock.GetUtcNow()) with
        {
            Organisation = "St Anne's", Connection = ConnectionKind.ReferredBy, ReferredByName = maria.Name, ReferredByContactId = maria.Id,
        };
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(ana);
        return (maria, ana);
    }

    private static async Task SaveDebriefAsync(MeetingFlowsHarness harness, Contact contact, string advice)
    {
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(new DateOnly(2026, 1, 2), harness.Now, contact.Id),
            ContactId = contact.Id,
            ContactName = contact.Name,
            MetOn = new DateOnly(2026, 1, 2),
            Learned = "Rotas change every six weeks.",
            Advice = advice,
            CreatedAt = harness.Now,
        };
        await harness.Records.SaveAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null);
    }
}
