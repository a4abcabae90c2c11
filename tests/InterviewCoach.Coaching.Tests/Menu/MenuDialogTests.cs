using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Menu;

public sealed class MenuDialogTests
{
    [Fact]
    public async Task FirstContactWelcomesThenShowsTheMainActionsAsButtons()
    {
        var coach = new CoachHarness();

        await coach.Client.Send("hi")
            .AssertReply("Interview Coach")
            .AssertReply("informational interview")
            .AssertReply("never a job request")
            .AssertReply("help")
            .AssertReply<ChoiceReply>(menu => menu.Buttons.Any(b => b.Value == "goal") && menu.Buttons.Any(b => b.Value == "help"))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task TheWelcomeIsShownOnceEvenInANewConversation()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        coach.Client.ConversationKey = "test/conversations/2";
        await coach.Client.Send("hello")
            .AssertReply<ChoiceReply>(menu => menu.Markdown.Contains("What would you like to do", StringComparison.Ordinal))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task AUserWithOneConversationIsWelcomedOnceWithoutKeepingARecord()
    {
        var coach = new CoachHarness();
        coach.Client.ConversationKey = coach.Client.UserKey;

        await coach.Client.Send("hi").AssertReply("Interview Coach");
        await coach.Client.Send("goal").AssertReply("set your goals");
        await coach.Client.Send("menu")
            .AssertReply<ChoiceReply>(menu => menu.Markdown.Contains("What would you like to do", StringComparison.Ordinal))
            .AssertNoMoreReplies();

        Assert.Empty(await coach.Records.ListAsync(coach.User, InterviewCoach.Coaching.Menu.WelcomeRecord.Kind, CoachingJsonContext.Default.WelcomeRecord));
    }

    [Fact]
    public async Task UnknownTextAtTheMenuSaysSoAndShowsTheMenuAgain()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        await coach.Client.Send("what's the weather like")
            .AssertReply<ChoiceReply>(menu => menu.Markdown.Contains("didn't catch that", StringComparison.Ordinal))
            .AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("sure")]
    [InlineData("ok let's do it")]
    public async Task AYesAtTheMenuAsksWhichStepRatherThanSayingItWasNotUnderstood(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send(typed)
            .AssertReply<ChoiceReply>(r => r.Markdown == "Sure. Which would you like to do?" && r.Buttons.Count == 3)
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task HelpAtTheMenuListsEveryCommand()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        TestTurn turn = await coach.Client.Send("help");

        foreach (CoachCommand command in CoachDialogs.Commands)
        {
            turn.AssertReplyContains($"**{command.Keyword}**");
        }

        turn.AssertReplyContains("**cancel**");
        Assert.IsType<ChoiceReply>(turn.LastReply);
    }

    [Fact]
    public async Task TheHelpButtonListsCommandsAndReturnsToTheMenu()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        await coach.Client.Press("help")
            .AssertReply("**goal**")
            .AssertReply<ChoiceReply>();
    }

    [Fact]
    public async Task ACommandAsTheVeryFirstMessageWelcomesThenStartsTheFlow()
    {
        var coach = new CoachHarness();

        await coach.Client.Send("goal")
            .AssertReply("Interview Coach")
            .AssertReply("informational interview")
            .AssertReply("never a job request")
            .AssertReply("help")
            .AssertReply("set your goals")
            .AssertReply("what name");
    }

    [Theory]
    [MemberData(nameof(CommandOpenings))]
    public async Task EveryCommandStartsItsFlowWhenTypedOrPressed(string keyword, string opening)
    {
        var typed = await CoachHarness.WithProfileAsync();
        await typed.Client.Send(keyword.ToUpperInvariant() + "!").AssertReplyContains(opening);

        var pressed = await CoachHarness.WithProfileAsync();
        CoachCommand command = CoachDialogs.Commands.Single(c => c.Keyword == keyword);
        if (command.InMenu)
        {
            await pressed.Client.Press(keyword).AssertReplyContains(opening);
        }
    }

    [Fact]
    public void EveryCommandHasATranscriptTest()
    {
        var tested = CommandOpenings().Select(row => (string)row[0]).ToHashSet();

        Assert.All(CoachDialogs.Commands, command => Assert.Contains(command.Keyword, tested));
    }

    [Fact]
    public async Task MenuTypedMidFlowLeavesTheFlowForTheMenu()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");

        await coach.Client.Send("menu")
            .AssertReply<ChoiceReply>(menu => menu.Markdown == "What would you like to do?");
    }

    [Fact]
    public async Task HostileInputAtTheMenuIsRefusedPolitely()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        await coach.Client.Send(new string('x', 10_000)).AssertReply("didn't catch that");
        await coach.Client.Send("🦄🔥💼").AssertReply("didn't catch that");
        await coach.Client.Send("   ").AssertReply("didn't catch that");
    }

    [Fact]
    public async Task AFlowCommandTypedAtAChoiceAsksBeforeLeavingTheFlowPartWay()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam");
        await coach.Client.Send("skip");

        await coach.Client.Send("contacts").AssertReply<ChoiceReply>(r => r.Markdown == "Leave setting your goals and open your contacts?");
        await coach.Client.Send("no").AssertReply("carry on").AssertReply("Where are you right now");
        await coach.Client.Send("contacts").AssertReply<ChoiceReply>();
        await coach.Client.Send("yes").AssertReply("haven't added anyone yet");
    }

    [Fact]
    public async Task AnotherCommandAtTheLeaveQuestionAsksAboutThatOneAndNonsenseIsExplained()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam");
        await coach.Client.Send("skip");

        await coach.Client.Send("contacts").AssertReply<ChoiceReply>(r => r.Markdown == "Leave setting your goals and open your contacts?");
        await coach.Client.Send("reminders").AssertReply<ChoiceReply>(r => r.Markdown == "Leave setting your goals and open your reminders?").AssertNoMoreReplies();
        await coach.Client.Send("hmm").AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("Say **yes** to leave", StringComparison.Ordinal));
        await coach.Client.Send("yes").AssertReply("Reminders aren't switched on");
    }

    [Fact]
    public async Task AnAnswerToTheQuestionBelowTypedAtTheLeaveQuestionStaysAndIsTaken()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam");
        await coach.Client.Send("skip");

        await coach.Client.Send("contacts").AssertReply<ChoiceReply>(r => r.Markdown == "Leave setting your goals and open your contacts?");
        await coach.Client.Send("still exploring my options").AssertReply("carry on").AssertReply("Which fields do you want to learn about?");
    }

    [Fact]
    public async Task RestartBeginsTheCurrentFlowAgain()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam");

        await coach.Client.Send("start over").AssertReply("start this again").AssertReply("set your goals").AssertReply("what name");
    }

    [Fact]
    public async Task AFlowEndsWithTheStepsThatFitAndTheMenuOnRequest()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");

        await coach.Client.Send("keep as is").AssertReply("stay as they are")
            .AssertReply<ChoiceReply>(next => next.Markdown == "What would you like to do next?"
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Add a contact", "Background sketch", "Plan my questions", "Something else" }))
            .AssertNoMoreReplies();
        await coach.Client.Send("something else")
            .AssertReply<ChoiceReply>(menu => menu.Buttons.Count == CoachDialogs.Commands.Count(c => c.InMenu))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task AQuestionListEndsWithPrepRehearsalAndContactsOnOffer()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("questions").AssertReply("in person or on the phone");
        await coach.Client.Send("in person").AssertReply("how much experience");
        await coach.Client.Send("skip");
        await coach.Client.Send("done").AssertReply("a guide, not a script").AssertReply<CardReply>(card => card.Title == "Questions for any conversation").AssertReply("Want a copy as Markdown");

        await coach.Client.Send("no thanks")
            .AssertReply("Good luck with the conversation")
            .AssertReply<ChoiceReply>(next => next.Markdown == "What would you like to do next?"
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Get ready for a meeting", "Rehearse the ask", "My contacts", "Something else" }))
            .AssertNoMoreReplies();
        await coach.Client.Send("get ready for a meeting").AssertReplyContains("checklist");
    }

    [Fact]
    public async Task PrepEndsWithQuestionsDebriefAndRemindersOnOffer()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("prep")
            .AssertReply<CardReply>(card => card.Title == "Meeting-day checklist")
            .AssertReply("Be ready to talk about yourself");
        await coach.Client.Send("not now")
            .AssertReply<ChoiceReply>(next => next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Plan my questions", "Debrief a conversation", "My reminders", "Something else" }));
    }

    [Fact]
    public async Task AStepOfferedAfterAFlowTypedWithItsContactIsBegunForThatContact()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("prep");
        await coach.Client.Send("not now").AssertReply<ChoiceReply>(next => next.Buttons[0].Title == "Plan my questions");
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.SaveContactAsync(Samples.ColdContact());
        await coach.Client.Send("plan my questions for maria")
            .AssertNoReplyContains("Who are these questions for")
            .AssertReplyContains("Maria Lopez");
    }

    [Fact]
    public async Task ANumberTypedAfterAFlowPicksFromTheStepsOffered()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");
        await coach.Client.Send("keep as is").AssertReply("stay as they are").AssertReply<ChoiceReply>(next => next.Markdown == "What would you like to do next?");

        // "3" is the third step offered (Plan my questions), not the menu's third option.
        await coach.Client.Send("3").AssertReply("in person or on the phone");
    }

    [Fact]
    public async Task AStepOfferedAfterAFlowCanBePressedAndAnyCommandStillWorks()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");
        await coach.Client.Send("keep as is");
        await coach.Client.Press("sketch").AssertReplyContains("30-second");

        await coach.Client.Send("menu");
        await coach.Client.Send("goal");
        await coach.Client.Send("keep as is");
        // A typed command still starts its flow, and its end offers what usually follows it.
        await coach.Client.Send("reminders")
            .AssertReply("Reminders aren't switched on")
            .AssertReply<ChoiceReply>(next => next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My contacts", "My progress", "Something else" }));
    }

    public static TheoryData<string, string> CommandOpenings() => new()
    {
        { "goal", "Your goals" },
        { "sketch", "30-second version" },
        { "contacts", "haven't added anyone yet" },
        { "add contact", "New contact" },
        { "edit", "no contacts to change yet" },
        { "rehearse", "Which script would help" },
        { "practise", "What would you like to practise" },
        { "role play", "What do you say" },
        { "brainstorm", "one place at a time" },
        { "tell me about yourself", "tell me a bit about yourself" },
        { "voicemail", "Call them back on **Tuesday 6 January**" },
        { "call back", "Reminders aren't switched on here" },
        { "emailed", "Add the person first" },
        { "wrote to", "Add the person first" },
        { "messaged", "Add the person first" },
        { "questions", "in person or on the phone" },
        { "prep", "Meeting-day checklist" },
        { "debrief", "A debrief belongs to a contact" },
        { "book a meeting", "Add the person first" },
        { "weekly review", "No debriefs this week yet" },
        { "progress", "Your progress" },
        { "thankyou", "debrief to draft a thank-you from" },
        { "search ended", "Has your search come to an end" },
        { "log a chat", "Who did you talk to?" },
        { "not pursuing", "no referrals waiting" },
        { "share a resource", "people you've already talked to" },
        { "update", "Updates are for people you've already talked to" },
        { "target", "Which employer or opening are you aiming for?" },
        { "export my data", "Here is everything I keep about you" },
        { "delete my data", "permanently deletes everything" },
        { "reminders", "Reminders aren't switched on here" },
        { "remind me to", "Reminders aren't switched on here" },
        { "help", "Here's what I can do" },
    };
}
