using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Menu;

/// <summary>Each flow ends with the two or three steps that usually follow it, never the whole menu again.</summary>
public sealed class FlowEndingTests
{
    private const string NextQuestion = "What would you like to do next?";

    [Fact]
    public async Task ThatsAllForNowAfterADebriefEndsQuietlyWithThreeNextSteps()
    {
        var coach = new CoachHarness(reminders: new Reminders.FakeReminderScheduler());
        await coach.SaveProfileAsync(Samples.Profile() with { Email = "sam.lee@example.com", Phone = "07700 900123" });
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("hi");
        DialogTestClient client = coach.Client;

        await client.Send("debrief");
        await client.Press(maria.Id);
        await client.Press(DebriefDialog.Today);
        foreach (string answer in new[] { "skip", "They love the team.", "2", "none", "yes", "none", "skip", "skip", "Contoso Health", "no", "no", "no", "none", "no", "none", "none of these" })
        {
            await client.Send(answer);
        }

        await client.Send("email");
        await client.Send("later").AssertReply("the reminder stays").AssertReply<ChoiceReply>(r => r.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Add someone at Contoso Health", "Target Contoso Health", "That's all for now" }));

        await client.Send("that's all for now")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My contacts", "My reminders", "My progress", "Something else" }))
            .AssertNoMoreReplies();
        await client.Send("something else").AssertReply<ChoiceReply>(menu => menu.Buttons.Count == CoachDialogs.Commands.Count(c => c.InMenu));
    }

    [Fact]
    public async Task TheSketchEndsWithRehearseAndAddContact()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("sketch");
        await coach.Client.Send("a degree in economics");
        await coach.Client.Send("three years running a café");
        await coach.Client.Send("analysis, staying calm");
        await coach.Client.Send("built the sales forecast for the café");
        await coach.Client.Send("kept the queue moving on our busiest Saturdays");
        await coach.Client.Send("moving into public health");

        await coach.Client.Send("keep it")
            .AssertReply("Saved")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Rehearse the ask", "Add a contact", "Something else" }))
            .AssertNoMoreReplies();
        await coach.Client.Send("1").AssertReplyContains("script");
    }

    [Fact]
    public async Task PractiseEndsWithRehearseAndQuestions()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");
        await coach.Client.Send("voicemail");
        await coach.Client.Send("Hello, this is Sam Lee. Priya Shah suggested I call. My number is 07700 900123.");

        await coach.Client.Send("done for now")
            .AssertReply("Nice work")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Rehearse the ask", "Plan my questions", "Something else" }))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task RehearseEndsWithPractiseQuestionsAndContacts()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");
        TestTurn script = await coach.Client.Send("phone");
        Assert.IsType<ChoiceReply>(script.LastReply);

        await coach.Client.Send("done")
            .AssertReply("Good luck with the ask")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Practise", "Plan my questions", "My contacts", "Something else" }))
            .AssertNoMoreReplies();
    }
    [Fact]
    public async Task ACallBackSetFromTheMenuEndsWithTheCallScriptRemindersAndContacts()
    {
        (CoachHarness coach, Contact _) = await WithRemindersAndMariaAsync();

        await coach.Client.Send("call back Maria Thu 3 pm").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00");
        await coach.Client.Send("yes")
            .AssertReply("Set. I'll remind you")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Rehearse the ask", "My reminders", "My contacts", "Something else" }))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task ACommandTypedInsideAnotherFlowEndsWithItsOwnNextSteps()
    {
        (CoachHarness coach, Contact _) = await WithRemindersAndMariaAsync();
        await coach.Client.Send("rehearse").AssertReply("Who are you getting ready to ask?");

        await coach.Client.Send("call back Maria Thu 3 pm").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00");
        await coach.Client.Send("yeah")
            .AssertReply("Set. I'll remind you")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Rehearse the ask", "My reminders", "My contacts", "Something else" }));
    }

    [Fact]
    public async Task NotingAnEmailedAskEndsWithRemindersNotTheWholeMenu()
    {
        (CoachHarness coach, Contact _) = await WithRemindersAndMariaAsync();

        TestTurn turn = await coach.Client.Send("emailed Maria");
        Assert.Contains(turn.Replies, r => r is ChoiceReply next && next.Markdown == NextQuestion
            && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My reminders", "Add a contact", "My contacts", "Something else" }));
    }

    private static async Task<(CoachHarness Coach, Contact Maria)> WithRemindersAndMariaAsync()
    {
        var reminders = new Reminders.FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await reminders.SetSettingsAsync(coach.User, "Europe/London", InterviewCoach.Coaching.Reminders.QuietHours.Default);
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Asked };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("hi");
        return (coach, maria);
    }
}
