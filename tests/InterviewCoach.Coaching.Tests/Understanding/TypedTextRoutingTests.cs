using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>What happens when users type instead of pressing buttons: questions, commands and answers that aren't answers.</summary>
public sealed class TypedTextRoutingTests
{
    [Theory]
    [InlineData("remniders", "My reminders")]
    [InlineData("debreif", "Debrief a conversation")]
    [InlineData("prgoress", "My progress")]
    public async Task ACommandWithOneSlipOfTheKeysIsOfferedBackEvenWithoutTheModel(string typed, string offered)
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        await coach.Client.Send(typed).AssertReply<ChoiceReply>(r => r.Markdown.Contains("Did you mean", StringComparison.Ordinal)
            && r.Buttons.Select(b => b.Title).SequenceEqual(new[] { offered, "None of these" }));
    }

    [Fact]
    public async Task ACommandWithOneSlipOfTheKeysInsideAFlowIsOfferedBackToo()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam");
        await coach.Client.Send("skip").AssertReply("Where are you right now");

        await coach.Client.Send("remniders").AssertReply<ChoiceReply>(r => r.Markdown.Contains("Did you mean", StringComparison.Ordinal)
            && r.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My reminders", "None of these" }));
    }

    [Fact]
    public void AShortWordOrTwoCommandsOneSlipAwayAreNotGuessed()
    {
        var intents = new IntentRecognizer(null, IntentCommands.ExactWords);

        Assert.Equal(IntentIds.None, intents.Recognize("hlep").Intent);
        Assert.Equal(IntentIds.None, intents.Recognize("progress report for my manager please").Intent);
    }

    [Theory]
    [InlineData("rimnders", IntentIds.Reminders)]
    [InlineData("cnotcats", IntentIds.Contacts)]
    [InlineData("porgerss", IntentIds.Progress)]
    public void ALongCommandWithTwoSlipsIsOfferedBack(string typed, string intent)
    {
        var intents = new IntentRecognizer(null, IntentCommands.ExactWords);

        IntentMatch match = intents.Recognize(typed);

        Assert.Equal(intent, match.Intent);
        Assert.True(match.Slip);
        Assert.Equal(IntentConfidence.Unsure, match.Confidence);
    }

    [Theory]
    [InlineData("dbereif")]
    [InlineData("tontacst")]
    [InlineData("progresses")]
    [InlineData("rmndiresx")]
    public void TwoSlipsInAShortCommandAWrongFirstLetterOrALongerFormAreNotGuessed(string typed)
    {
        var intents = new IntentRecognizer(null, IntentCommands.ExactWords);

        Assert.Equal(IntentIds.None, intents.Recognize(typed).Intent);
    }

    [Fact]
    public async Task ACoachingQuestionAtAPromptIsAnsweredAndTheSameQuestionAskedAgain()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");

        await coach.Client.Send("should I attach my CV?")
            .AssertReply("job application")
            .AssertReply("what name do you give")
            .AssertNoMoreReplies();
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
    }

    [Fact]
    public async Task ASentenceIsNotSavedAsTheNameAVagueFieldIsNarrowedAndAHiringGoalIsReframed()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");

        await coach.Client.Send("I've never done one of these")
            .AssertReply("informal")
            .AssertReply("what name do you give")
            .AssertNoMoreReplies();
        await coach.Client.Send("my name is Sam Lee").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Press(nameof(CareerStage.ExploringOptions)).AssertReply("Which fields");

        await coach.Client.Send("anything really").AssertReply("narrowing down").AssertNoMoreReplies();
        await coach.Client.Send("data analysis").AssertReply("What do you want these conversations to do");
        await coach.Client.Press(GoalDialog.OtherPurpose).AssertReply("what else do you hope");

        await coach.Client.Send("my goal is to get her to hire me")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains(InformationGoalDialog.Reframed, StringComparison.Ordinal));
        await coach.Client.Send("yes").AssertReply("How many conversations");
        await coach.Client.Send("2").AssertReply<CardReply>();

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal("Sam Lee", profile.DisplayName);
        Assert.Equal("data analysis", Assert.Single(profile.FieldsOfInterest).Name);
        Assert.Equal(InformationGoalDialog.Reframed, Assert.Single(profile.OtherPurposes));
    }

    [Fact]
    public async Task DecliningTheReframedGoalAsksForTheUsersOwnWords()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");
        await coach.Client.Press(nameof(GoalPart.Purposes)).AssertReply("What do you want these conversations to do");
        await coach.Client.Press(GoalDialog.OtherPurpose);

        await coach.Client.Send("get a job offer from them").AssertReply<ChoiceReply>(r => r.Markdown.Contains("information", StringComparison.Ordinal));
        await coach.Client.Send("no").AssertReply("in your own words");
        await coach.Client.Send("see what night shifts are really like").AssertReply<CardReply>();

        Assert.Equal("see what night shifts are really like", Assert.Single((await coach.ProfileAsync())!.OtherPurposes));
    }

    [Fact]
    public async Task WithoutTheModelExactRulesStillKeepSentencesVagueFieldsAndHiringGoalsOut()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder { IsReady = false });
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");

        await coach.Client.Send("I've never done one of these").AssertReply("sentence rather than a name").AssertNoMoreReplies();
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip");
        await coach.Client.Press(nameof(CareerStage.OnAClearPath));
        await coach.Client.Send("not sure").AssertReply("narrowing down");
        await coach.Client.Send("nursing");
        await coach.Client.Press(GoalDialog.OtherPurpose);
        await coach.Client.Send("get hired by her team").AssertReply<ChoiceReply>(r => r.Markdown.Contains(InformationGoalDialog.Reframed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACapitalisedNameIsSavedWithoutAskingTheModel()
    {
        var embedder = new WordHashEmbedder();
        var coach = new CoachHarness(embedder: embedder);
        coach.Services.PrepareUnderstanding();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        int before = embedder.Calls;

        await coach.Client.Send("Ana Souza").AssertReply("phone number");
        Assert.Equal(before, embedder.Calls);
    }

    [Fact]
    public async Task APlainListOfFieldsIsSavedWithoutAskingTheModelButAVagueListIsStillNarrowed()
    {
        var embedder = new WordHashEmbedder();
        var coach = new CoachHarness(embedder: embedder);
        coach.Services.PrepareUnderstanding();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Ana Souza");
        await coach.Client.Send("skip");
        await coach.Client.Press(nameof(CareerStage.ExploringOptions)).AssertReply("Which fields");

        await coach.Client.Send("anything, really").AssertReply("narrowing down");
        int before = embedder.Calls;
        await coach.Client.Send("UX research (design), data journalism").AssertReply("What do you want these conversations to do");
        Assert.Equal(before, embedder.Calls);
    }

    [Fact]
    public async Task TypingACommandInTheContactListOpensItWithoutTheModel()
    {
        var embedder = new WordHashEmbedder();
        var coach = await CoachHarness.WithProfileAsync();
        coach = new CoachHarness(coach.Records, embedder: embedder);
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.Client.Send("hi");
        await coach.Client.Send("contacts").AssertReply<CardReply>();
        int before = embedder.Calls;

        await coach.Client.Send("reminders").AssertReply(InterviewCoach.Coaching.Reminders.RemindersDialog.NotAvailable);
        Assert.Equal(before, embedder.Calls);
    }

    [Fact]
    public async Task ACommandThatWouldLoseAnswersAsksFirst()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");

        await coach.Client.Send("reminders")
            .AssertReply<ChoiceReply>(r => r.Markdown == "Leave setting your goals and open your reminders?")
            .AssertNoMoreReplies();
        await coach.Client.Send("no").AssertReply("carry on").AssertReply("phone number");

        await coach.Client.Send("reminders").AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("Leave setting your goals", StringComparison.Ordinal));
        await coach.Client.Press("yes").AssertReply(InterviewCoach.Coaching.Reminders.RemindersDialog.NotAvailable);
    }

    [Fact]
    public async Task ACommandOnlyTheModelRecognisedIsConfirmedBeforeLeavingAFlow()
    {
        var coach = await CoachHarness.WithProfileAsync();
        coach = new CoachHarness(coach.Records, embedder: new WordHashEmbedder());
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.Client.Send("hi");
        await coach.Client.Send("contacts").AssertReply<CardReply>();

        await coach.Client.Send("set quiet hours")
            .AssertReply<ChoiceReply>(r => r.Markdown == "Leave your contacts and open your reminders?");
        await coach.Client.Send("yes").AssertReply(InterviewCoach.Coaching.Reminders.RemindersDialog.NotAvailable);
    }

    [Fact]
    public async Task AQuestionAtTheMenuIsAnsweredAndTheMenuShown()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");

        await coach.Client.Send("so is this basically a job interview?")
            .AssertReply("screening candidates")
            .AssertReply<ChoiceReply>(r => r.Buttons.Count > 3)
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task TextThatIsNeitherGetsAShortReplyAndAtMostThreeNextSteps()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");

        await coach.Client.Send("what's the weather like today")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("didn't catch that", StringComparison.Ordinal)
                && r.Buttons.Select(b => b.Value).SequenceEqual(new[] { "goal", "add contact", "help" }))
            .AssertNoMoreReplies();
        await coach.Client.Press("goal").AssertReply("set your goals");
    }

    [Theory]
    [InlineData("hi there", "Hello!")]
    [InlineData("good morning :)", "Hello!")]
    [InlineData("thanks so much!", "You're welcome!")]
    public async Task AGreetingOrThanksAtTheMenuIsAnsweredInKindNotWithDidntCatchThat(string typed, string opening)
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");

        await coach.Client.Send(typed)
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith(opening, StringComparison.Ordinal)
                && !r.Markdown.Contains("didn't catch", StringComparison.Ordinal)
                && r.Buttons.Select(b => b.Value).SequenceEqual(new[] { "goal", "add contact", "help" }))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task AnUnsureGuessIsOfferedNotActedOn()
    {
        var coach = new CoachHarness(embedder: new IntentAxisEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await coach.Client.Send("Sam").AssertReply("phone number");

        const string between = IntentAxisEmbedder.Between + "ask.thank-you:ask.keep-in-touch?";
        TestTurn turn = await coach.Client.Send(between);
        ChoiceReply offer = Assert.IsType<ChoiceReply>(Assert.Single(turn.Replies));
        Assert.StartsWith("I'm not quite sure", offer.Markdown, StringComparison.Ordinal);
        Assert.Contains(offer.Buttons, b => b.Value == "ask.thank-you");
        Assert.Contains(offer.Buttons, b => b.Title == "None of these");

        await coach.Client.Press("ask.thank-you").AssertReply("within a day").AssertReply("phone number").AssertNoMoreReplies();
        await coach.Client.Send(between).AssertReply<ChoiceReply>();
        await coach.Client.Press("none").AssertReply("No problem").AssertReply("phone number");
        await coach.Client.Send("+44 20 7946 0000").AssertReply("Where are you right now");
        Assert.Null(await coach.ProfileAsync());
    }

    [Fact]
    public async Task TheNameTheChannelShowsIsOfferedAsAButtonAndTypingAnotherStillWorks()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        coach.Client.DisplayName = "Ana Souza";
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("what name do you give", StringComparison.Ordinal) && r.Buttons.Single().Value == "Ana Souza");
        await coach.Client.Press("Ana Souza").AssertReply("phone number");
        await coach.Client.Send("skip");
        await coach.Client.Press(nameof(CareerStage.ExploringOptions));
        await coach.Client.Send("nursing");
        await coach.Client.Press("1");
        await coach.Client.Send("2").AssertReply<CardReply>();
        Assert.Equal("Ana Souza", (await coach.ProfileAsync())!.DisplayName);

        var other = new CoachHarness(embedder: new WordHashEmbedder());
        other.Client.DisplayName = "Ana Souza (Contoso)";
        await other.Client.Send("hi");
        await other.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await other.Client.Send("Ana").AssertReply("phone number");
    }

    [Fact]
    public async Task MidFlowAnUnsureCommandGuessIsNotOfferedAndTheQuestionIsAskedAgain()
    {
        var coach = new CoachHarness(embedder: new IntentAxisEmbedder());
        await coach.Client.Send("hi");
        const string between = IntentAxisEmbedder.Between + "cmd.debrief:cmd.progress";

        // At the menu a half-recognised command is worth offering.
        await coach.Client.Send(between).AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("I'm not quite sure", StringComparison.Ordinal)
            && r.Buttons.Any(b => b.Value == "cmd.debrief"));
        await coach.Client.Press("none");

        // Inside a flow it is far more likely a wrong answer: the step asks again instead of offering "Debrief?".
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send(between).AssertReply("doesn't look like a phone number").AssertNoMoreReplies();

        // A statement half-like a coaching question is an answer gone wrong too; asked as a question, it is offered.
        await coach.Client.Send(IntentAxisEmbedder.Between + "ask.thank-you:ask.keep-in-touch").AssertReply("doesn't look like a phone number").AssertNoMoreReplies();
        await coach.Client.Send(IntentAxisEmbedder.Between + "ask.thank-you:ask.keep-in-touch?").AssertReply<ChoiceReply>(r => r.Buttons.Any(b => b.Value == "ask.thank-you"));
    }

    [Fact]
    public async Task AnAnswerTypedWhileDidYouMeanIsOpenGoesToTheQuestionBelowIt()
    {
        var coach = new CoachHarness(embedder: new IntentAxisEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send(IntentAxisEmbedder.Between + "ask.thank-you:ask.keep-in-touch?").AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("I'm not quite sure", StringComparison.Ordinal));

        await coach.Client.Send("+44 20 7946 0000").AssertReply("Where are you right now").AssertNoMoreReplies();
    }

    [Fact]
    public async Task AQuestionOrCommandWordAtAShortTextQuestionIsHandledAndTheQuestionAskedAgain()
    {
        var coach = await CoachHarness.WithProfileAsync();
        coach = new CoachHarness(coach.Records, embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("sketch").AssertReply("30-second version").AssertReply("education");

        await coach.Client.Send("should I attach my CV?").AssertReply("job application").AssertReply("education").AssertNoMoreReplies();
        await coach.Client.Send("help").AssertReply("A few words are enough").AssertReply("education").AssertNoMoreReplies();
        await coach.Client.Send("a degree in economics").AssertReply("experience");
    }

    [Theory]
    [InlineData("")]
    [InlineData("🦄🔥💼")]
    [InlineData("¿Cómo te llamas?")]
    [InlineData("你好，我想了解一下")]
    public async Task OddAnswersAtAPromptGetAnAnswerNotAnException(string text)
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");

        TestTurn turn = await coach.Client.Send(text);
        Assert.NotEmpty(turn.Replies);
        Assert.Null(await coach.ProfileAsync());
    }

    [Fact]
    public async Task AVeryLongMessageAtAPromptIsRefusedPolitely()
    {
        var coach = new CoachHarness(embedder: new WordHashEmbedder());
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");

        await coach.Client.Send(string.Concat(Enumerable.Repeat("what should I wear ", 600))).AssertReply("characters").AssertNoMoreReplies();
    }
}
