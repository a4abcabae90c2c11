using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.FlowsTwo;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class DebriefDialogTests
{
    [Fact]
    public async Task FullDebriefCreatesReferralsMarksMetDraftsThanksAndSchedulesFollowUps()
    {
        var harness = new FlowsTwoHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        await harness.AddContactAsync(Samples.ColdContact());
        DialogTestClient client = harness.Client;

        await client.Send("debrief").AssertReply<ChoiceReply>(r => r.Buttons.Count == 2 && r.Buttons.All(b => b.Value != "generic"));
        await client.Press(maria.Id).AssertReply("When did you talk to Maria Lopez?");
        await client.Press(DebriefDialog.Today)
            .AssertReply("You set out to: _see whether the field suits me; learn the way in: education, credentials, experience; see what night shifts are really like_");
        await client.Send("night shifts rotate every six weeks. Most new nurses start on a general ward.").AssertReply("how much did it change your view");
        await client.Send("6").AssertReply("from 1 to 5");
        await client.Send("4").AssertReply("What shifted");
        await client.Send("I thought it was all nights, but it isn't.").AssertReply("What advice did they give you?");
        await client.Send("Shadow a nurse for a day").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("yes").AssertReply("What's their name?");
        await client.Send("Ana Ruiz").AssertReply("What do they do?");
        await client.Send("Clinical educator").AssertReply("Where do they work?");
        await client.Send("St Anne's").AssertReply("say you may mention them");
        await client.Send("yes").AssertReply("Anyone else they suggested?");
        await client.Send("yes");
        await client.Send("Ben Cho");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("no").AssertReply("Anyone else they suggested?");
        await client.Send("no").AssertReply("Did you promise to send them anything?");
        await client.Send("Send her the article on rotas\nmy notes from the open day").AssertReply("next steps");
        await client.Send("Apply for the shadowing scheme").AssertReply("self-review");

        TestTurn finished = await client.Send("1, 2, 4, 5");
        finished
            .AssertReply<CardReply>(card => card.Title == "Debrief: Maria Lopez" && card.Subtitle == "Mon 5 Jan 2026"
                && card.Facts.Any(f => f.Value == "4 of 5")
                && card.Sections.Any(s => s.Heading == "People to talk to next" && s.Items.Count == 2)
                && card.Sections.Any(s => s.Heading == "Tip for next time" && s.Markdown!.Contains("who else they'd suggest", StringComparison.Ordinal)))
            .AssertReply("I've added Ana Ruiz, Ben Cho to your contacts, noted as suggested by Maria Lopez.")
            .AssertReply<TextReply>(r => r.Markdown.Contains("Dear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("talk with me today", StringComparison.Ordinal)
                && r.Markdown.Contains("One thing that has stayed with me: Night shifts rotate every six weeks.", StringComparison.Ordinal)
                && r.Markdown.Contains("As promised, I'll send the article on rotas and my notes from the open day shortly.", StringComparison.Ordinal)
                && r.Markdown.Contains("suggesting I speak with Ana Ruiz and Ben Cho", StringComparison.Ordinal)
                && r.Markdown.Contains("Sam Lee", StringComparison.Ordinal))
            .AssertReply<TextReply>(r => r.Markdown.StartsWith("I'll remind you:", StringComparison.Ordinal)
                && r.Markdown.Contains("- Send your thank-you note to Maria Lopez: **Tue 6 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Last call to thank Maria Lopez: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Send Maria Lopez: Send her the article on rotas: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Send Maria Lopez: my notes from the open day: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Reach out to Ana Ruiz: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Reach out to Ben Cho: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal))
            .AssertReply("If Maria Lopez agreed to hear from you again, move them to **Staying in touch**")
            .AssertReply("I've marked Maria Lopez as talked to");

        IReadOnlyList<Contact> contacts = await harness.ListContactsAsync();
        Assert.Equal(4, contacts.Count);
        Contact ana = contacts.Single(c => c.Name == "Ana Ruiz");
        Assert.Equal((ConnectionKind.ReferredBy, "Maria Lopez", maria.Id, "Clinical educator", "St Anne's"), (ana.Connection, ana.ReferredByName, ana.ReferredByContactId, ana.Role, ana.Organisation));
        Assert.Equal("Maria Lopez said you may mention them.", ana.ConnectionNote);
        Contact ben = contacts.Single(c => c.Name == "Ben Cho");
        Assert.Equal((maria.Id, (string?)null, (string?)null), (ben.ReferredByContactId, ben.Role, ben.Organisation));
        Assert.StartsWith("Check with Maria Lopez", ben.ConnectionNote, StringComparison.Ordinal);
        Assert.Equal(ContactStage.Met, (await harness.GetContactAsync(maria.Id)).Stage);

        // Every promise in the message is a stored reminder, each promised item on its own, referrals named only with permission.
        IReadOnlyList<ScheduledReminder> pending = harness.Reminders!.Pending(harness.User);
        Assert.Equal(
            [ReminderKind.ThankYouNote, ReminderKind.ThankYouNote, ReminderKind.PromisedItem, ReminderKind.PromisedItem, ReminderKind.ReferralOutreach, ReminderKind.ReferralOutreach],
            pending.Select(r => r.Kind));
        Assert.Equal(harness.Now.AddHours(24), pending[0].DueUtc);
        Assert.Equal(harness.Now.AddHours(48), pending[1].DueUtc);
        Assert.Contains(pending, r => r.Kind == ReminderKind.ReferralOutreach && r.ContactId == ana.Id && r.Body.Contains("mention Maria Lopez in your first line", StringComparison.Ordinal));
        Assert.Contains(pending, r => r.Kind == ReminderKind.ReferralOutreach && r.ContactId == ben.Id && r.Body.Contains("ask Maria Lopez first", StringComparison.Ordinal));
        DebriefRecord debrief = (await DebriefStore.ListForContactAsync(new CoachServices(harness.Records, harness.Clock), harness.User, maria.Id)).Single();
        Assert.StartsWith("20260105-", debrief.Id, StringComparison.Ordinal);

        StoredRecord<DebriefRecord>? stored = await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, CoachingJsonContext.Default.DebriefRecord);
        Assert.NotNull(stored);
        Assert.Equal(["the article on rotas".Insert(0, "Send her "), "my notes from the open day"], stored.Value.PromisedItems);
        Assert.Equal(new SelfReview { KeptToTime = true, AskedOpenQuestions = true, AvoidedAskingForJob = true, TookNotes = true }, stored.Value.Review);
        Assert.Equal(ana.Id, stored.Value.Referrals[0].ContactId);
        Assert.True(stored.Value.Referrals[0].MayUseName);

        await client.Press(DebriefDialog.MarkSent).AssertReply("Marked as sent.").AssertReply(TestRootDialog.Resumed);
        Assert.DoesNotContain(harness.Reminders.Pending(harness.User), r => r.Kind == ReminderKind.ThankYouNote);
        Assert.Equal(ContactStage.Thanked, (await harness.GetContactAsync(maria.Id)).Stage);
        Assert.Equal(harness.Now, (await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, CoachingJsonContext.Default.DebriefRecord))!.Value.ThankYouSentAt);
    }

    [Fact]
    public async Task WithoutHooksNothingIsSaidAboutReminders()
    {
        var harness = new FlowsTwoHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());

        TestTurn finished = await QuickDebriefAsync(harness, maria);

        finished.AssertNoReplyContains("remind").AssertReplyContains("Dear Maria,").AssertReplyContains("[your name]");
        await harness.Client.Press(DebriefDialog.NotYet).AssertReply("A note within a day");
        Assert.Equal(ContactStage.Met, (await harness.GetContactAsync(maria.Id)).Stage);
    }

    [Fact]
    public async Task NotYetKeepsTheThankYouRemindersAndSaysWhenTheNextComes()
    {
        var harness = new FlowsTwoHarness(withHooks: true);
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());

        (await QuickDebriefAsync(harness, maria)).AssertReplyContains("- Send your thank-you note to Maria Lopez: **Tue 6 Jan, 09:00 (UTC)**");
        await harness.Client.Press(DebriefDialog.NotYet).AssertReply("Okay, the reminder stays: I'll nudge you **Tue 6 Jan, 09:00 (UTC)**");

        Assert.Equal(2, harness.Reminders!.Pending(harness.User).Count(r => r.Kind == ReminderKind.ThankYouNote && r.ContactId == maria.Id));
    }

    [Fact]
    public async Task ADebriefDaysLaterSetsNoThankYouNudgesAndSaysSo()
    {
        var harness = new FlowsTwoHarness(withHooks: true);
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await client.Send("debrief");
        await client.Press(maria.Id);
        await client.Press(DebriefDialog.OtherDay);
        await client.Send("2026-01-01");

        (await FinishAnswersAsync(client)).AssertReplyContains("I haven't set any reminders for this one.");
        await client.Press(DebriefDialog.NotYet).AssertReplyContains("There's no thank-you reminder left to send");
        Assert.Empty(harness.Reminders!.Pending(harness.User));
    }

    [Fact]
    public async Task AnotherDayIsAskedForAndEarlierDebriefsAreListed()
    {
        var harness = new FlowsTwoHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        await QuickDebriefAsync(harness, maria);
        await harness.Client.Press(DebriefDialog.NotYet);

        DialogTestClient client = harness.Client;
        await client.Send("debrief");
        await client.Press(maria.Id)
            .AssertReply("Your earlier debriefs with Maria Lopez:\n- **Mon 5 Jan 2026**: They love the team.")
            .AssertReply("When did you talk");
        await client.Press(DebriefDialog.OtherDay).AssertReply("Which day was it?");
        await client.Send("2026-01-02").AssertReply("What did you learn?");
        await FinishAnswersAsync(client);

        IReadOnlyList<DebriefRecord> debriefs = await DebriefStore.ListForContactAsync(new CoachServices(harness.Records, harness.Clock), harness.User, maria.Id);
        Assert.Equal([new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 5)], debriefs.Select(d => d.MetOn));
    }

    [Fact]
    public async Task WithNoContactsTheDebriefExplainsWhatToDoFirst()
    {
        var harness = new FlowsTwoHarness();

        await harness.Client.Send("debrief").AssertReply("Add the person to your contacts first").AssertReply(TestRootDialog.Resumed);
    }

    [Fact]
    public async Task ADebriefBegunForAContactSkipsThePicker()
    {
        var harness = new FlowsTwoHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        await harness.AddContactAsync(Samples.ColdContact());
        var set = new Dialogs.DialogSet();
        Coaching.FlowsTwo.Register(set, new CoachServices(harness.Records, harness.Clock));
        var root = new Dialogs.WaterfallDialog("root", [(step, ct) => step.BeginDialogAsync(Coaching.FlowsTwo.DebriefDialogId, new ContactFlowOptions(maria.Id), ct)]);
        set.Add(root);
        var client = new DialogTestClient(set, "root", clock: harness.Clock);

        await client.Send("hi").AssertReply("When did you talk to Maria Lopez?");
    }

    private static async Task<TestTurn> QuickDebriefAsync(FlowsTwoHarness harness, Contact contact)
    {
        DialogTestClient client = harness.Client;
        await client.Send("debrief");
        if (client.LastTurn!.LastReply is ChoiceReply { Buttons.Count: > 0 } picker && picker.Buttons[0].Value != DebriefDialog.Today)
        {
            await client.Press(contact.Id);
        }

        await client.Press(DebriefDialog.Today);
        return await FinishAnswersAsync(client);
    }

    private static async Task<TestTurn> FinishAnswersAsync(DialogTestClient client)
    {
        await client.Send("They love the team.");
        await client.Send("2");
        await client.Send("none");
        await client.Send("none");
        await client.Send("no");
        await client.Send("none");
        await client.Send("none");
        return await client.Send("none of these");
    }
}
