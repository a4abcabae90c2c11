using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;
using static InterviewCoach.Dialogs.Tests.CoachFlows;

namespace InterviewCoach.Dialogs.Tests;

public sealed class DialogRunnerTests
{
    private static TurnInput Input(string text, string conversation = "c1") => new() { ConversationKey = conversation, UserKey = "u1", Text = text };

    [Fact]
    public async Task FirstMessageBeginsTheRootDialog()
    {
        var client = CreateClient();
        await client.Send("hello").AssertReply<ChoiceReply>(r => r.Markdown == MenuQuestion && r.Buttons.Count == 2).AssertNoMoreReplies().AssertStatus(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task AStartButtonBeginsTheNamedFlowWithItsOptionsAndTheMenuFollowsIt()
    {
        var client = CreateClient();
        await client.SendValue(ButtonPayload.CreateStart(Questions, new QuestionsOptions("Grace", 5)))
            .AssertReply("What do you want to learn from Grace?").AssertNoMoreReplies();
        await client.Send("Her path").AssertReply(QuestionQuestion);
        await client.Send("Why the navy?").AssertReply(AnotherQuestion);
        await client.Send("no").AssertReply("Saved 1 questions for Grace (limit 5): Her path").AssertStatus(DialogTurnStatus.Complete);
        await client.Send("hi").AssertReply(MenuQuestion);
    }

    [Fact]
    public async Task OpeningTheChatMidFlowWelcomesTheUserBackAndAsksTheSameQuestionWithoutCountingAnAttempt()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 2);
        TurnInput opened = new() { ConversationKey = client.ConversationKey, UserKey = client.UserKey, Opened = true };

        await client.Run(opened).AssertReply("Welcome back! Here's where we left off.").AssertReply<ChoiceReply>(r => r.Markdown.Contains("pick one", StringComparison.Ordinal) is false).AssertNoMoreReplies();
        await client.Run(opened).AssertReply("Welcome back!").AssertReply<ChoiceReply>().AssertNoMoreReplies();
        await client.Run(opened).AssertReply("Welcome back!").AssertReply<ChoiceReply>().AssertNoMoreReplies().AssertStatus(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task OpeningTheChatForTheFirstTimeBeginsTheRootDialog()
    {
        var client = CreateClient();
        await client.Run(new TurnInput { ConversationKey = client.ConversationKey, UserKey = client.UserKey, Opened = true })
            .AssertReply<ChoiceReply>(r => r.Markdown == MenuQuestion).AssertNoMoreReplies();
    }

    [Fact]
    public async Task AStartButtonMidFlowReplacesTheFlow()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.SendValue(ButtonPayload.CreateStart(Questions, new QuestionsOptions("Grace", 5))).AssertReply("learn from Grace");
        await client.Send("restart").AssertReply("start this again").AssertReply("learn from Grace");
    }

    [Theory]
    [InlineData("no-such-dialog")]
    [InlineData("text")]
    [InlineData("engine.confirm-cancel")]
    public async Task AStartButtonForAnUnknownDialogOrAPromptIsAnOrdinaryAnswer(string dialogId)
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 2);
        await client.SendValue(ButtonPayload.CreateStart(dialogId)).AssertReply<ChoiceReply>(r => r.Markdown.Contains("pick one", StringComparison.Ordinal)).AssertNoMoreReplies();
    }

    [Fact]
    public async Task AFlowRunsFourDialogsDeepLoopsAndReturnsToTheMenu()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("What surprised you?").AssertReply(AnotherQuestion);
        await client.Press("yes").AssertReply(QuestionQuestion);
        await client.Send("What would you change?").AssertReply(AnotherQuestion);
        await client.Send("no")
            .AssertReply("Saved 2 questions for Ada (limit 3): How they got started")
            .AssertReply("Back at the menu.")
            .AssertReply(MenuQuestion)
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task ResumesAfterAProcessRestartWithOptionsAndValuesIntact()
    {
        var client = new DialogTestClient((store, clock) => new DialogRunner(Create(), store, clock, new DialogRunnerOptions { RootDialogId = Menu }));
        await GoToDepthAsync(client, 4);
        await client.Send("What surprised you?").AssertReply(AnotherQuestion);

        client.Restart();
        await client.Send("yes").AssertReply(QuestionQuestion);
        client.Restart();
        await client.Send("Any advice?").AssertReply(AnotherQuestion);
        client.Restart();
        await client.Send("nope").AssertReply("Saved 2 questions for Ada (limit 3): How they got started");
    }

    [Theory]
    [InlineData(2, MenuHelp, MenuQuestion)]
    [InlineData(3, GoalHelp, GoalQuestion)]
    [InlineData(4, "Answer the question above", QuestionQuestion)]
    public async Task HelpAtEveryDepthShowsTheStepsHelpThenAsksTheSameQuestion(int depth, string help, string question)
    {
        var client = CreateClient();
        await GoToDepthAsync(client, depth);
        TestTurn turn = await client.Send("help").AssertReply(help).AssertReply(question).AssertNoMoreReplies().AssertStatus(DialogTurnStatus.Waiting);
        Assert.False(turn.Result.StateWritten);
    }

    [Theory]
    [InlineData("HELP!")]
    [InlineData("  help  ")]
    [InlineData("Help?")]
    [InlineData("?")]
    public async Task InterruptionWordsIgnoreCaseSpacesAndTrailingPunctuation(string text)
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 3);
        await client.Send(text).AssertReply(GoalHelp);
    }

    [Fact]
    public async Task ASentenceContainingAKeywordIsAnAnswerNotAnInterruption()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 3);
        await client.Send("I need help with my career change").AssertReply(QuestionQuestion);
    }

    [Fact]
    public async Task AButtonPressIsNeverAnInterruption()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Press("cancel").AssertReply(AnotherQuestion);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task CancelWithNothingUnsavedStopsAtOnceAndShowsTheMenu(int depth)
    {
        var client = CreateClient();
        await GoToDepthAsync(client, depth);
        await client.Send("cancel").AssertReply("stopped").AssertReply(MenuQuestion).AssertNoMoreReplies();
        await client.Send("1").AssertReply(GoalQuestion);
    }

    [Fact]
    public async Task CancelWithUnsavedAnswersAsksFirstAndNoCarriesOn()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("Cancel").AssertReply<ChoiceReply>(r => r.Markdown.Contains("aren't saved", StringComparison.Ordinal)).AssertNoMoreReplies();
        await client.Send("no").AssertReply("carry on").AssertReply(QuestionQuestion).AssertNoMoreReplies();
        await client.Send("What surprised you?").AssertReply(AnotherQuestion);
    }

    [Fact]
    public async Task CancelWithUnsavedAnswersAndYesStopsAndShowsTheMenu()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("stop").AssertReply("aren't saved");
        await client.Press("yes").AssertReply("stopped").AssertReply(MenuQuestion).AssertNoMoreReplies();
        await client.Send("1").AssertReply(GoalQuestion);
    }

    [Fact]
    public async Task CancelTwiceMeansYes()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("cancel").AssertReply("aren't saved");
        await client.Send("cancel").AssertReply("stopped").AssertReply(MenuQuestion);
    }

    [Fact]
    public async Task HelpWhileConfirmingExplainsAndAsksAgain()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("cancel");
        await client.Send("help").AssertReply("Say **yes** to stop").AssertReply("aren't saved");
    }

    [Fact]
    public async Task MenuWhileConfirmingGoesToTheMenu()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("cancel");
        await client.Send("menu").AssertReply(MenuQuestion).AssertNoMoreReplies();
    }

    [Fact]
    public async Task RestartWhileConfirmingRestartsTheFlowUnderneath()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("cancel");
        await client.Send("restart").AssertReply("start this again").AssertReply(GoalQuestion).AssertNoMoreReplies();
    }

    [Fact]
    public async Task UnclearAnswersToTheCancelQuestionEventuallyCarryOn()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("cancel");
        await client.Send("hmm").AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("Say **yes** to stop", StringComparison.Ordinal) && r.Buttons.Count == 2);
        await client.Send("🤔").AssertReply("Say **yes** to stop");
        await client.Send("what").AssertReply("carry on").AssertReply(QuestionQuestion);
    }

    [Fact]
    public async Task RestartAtDepthFourBeginsTheFlowAgainWithItsOptionsAndNoOldAnswers()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 4);
        await client.Send("start over").AssertReply("start this again").AssertReply(GoalQuestion).AssertNoMoreReplies();
        await client.Send("cancel").AssertReply("stopped");
    }

    [Fact]
    public async Task RestartAtDepthThreeAsksTheFlowsFirstQuestionAgain()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 3);
        await client.Send("Restart!").AssertReply("start this again").AssertReply(GoalQuestion).AssertNoMoreReplies();
        await client.Send("My goal").AssertReply(QuestionQuestion);
    }

    [Fact]
    public async Task RestartAtTheMenuShowsTheMenuAgain()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 2);
        await client.Send("restart").AssertReply("start this again").AssertReply(MenuQuestion);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task MenuAtEveryDepthGoesStraightToTheMenu(int depth)
    {
        var client = CreateClient();
        await GoToDepthAsync(client, depth);
        await client.Send("Menu").AssertReply(MenuQuestion).AssertNoMoreReplies();
        await client.Send("1").AssertReply(GoalQuestion);
    }

    [Fact]
    public async Task InterruptionWordsAreConfigurable()
    {
        var options = new DialogRunnerOptions
        {
            RootDialogId = Menu,
            Interruptions = new InterruptionOptions { Cancel = ["abandon", "Arrêter"] },
        };
        var client = new DialogTestClient((store, clock) => new DialogRunner(Create(), store, clock, options));
        await GoToDepthAsync(client, 3);
        await client.Send("cancel").AssertReply(QuestionQuestion);
        await client.Send("cancel").AssertReply(AnotherQuestion);
        await client.Send("ARRETER!").AssertReply("aren't saved");
    }

    [Fact]
    public async Task MessagesAreConfigurable()
    {
        var options = new DialogRunnerOptions { RootDialogId = Menu, Messages = new DialogMessages { Cancelled = "Fine, dropped it." } };
        var client = new DialogTestClient((store, clock) => new DialogRunner(Create(), store, clock, options));
        await GoToDepthAsync(client, 3);
        await client.Send("cancel").AssertReply("Fine, dropped it.");
    }

    [Fact]
    public async Task AChangedDialogVersionApologisesAndReturnsToTheMenu()
    {
        string version = "1";
        var client = new DialogTestClient((store, clock) => new DialogRunner(Create(questionsVersion: version), store, clock, new DialogRunnerOptions { RootDialogId = Menu }));
        await GoToDepthAsync(client, 4);

        version = "2";
        client.Restart();
        await client.Send("What surprised you?").AssertReply("I was updated").AssertReply(MenuQuestion).AssertNoMoreReplies();
        await client.Send("1").AssertReply(GoalQuestion);
    }

    [Fact]
    public async Task AWaterfallWithADifferentStepCountIsTreatedAsChanged()
    {
        bool extraStep = false;
        var client = new DialogTestClient((store, clock) => new DialogRunner(Create(extraAddQuestionStep: extraStep), store, clock, new DialogRunnerOptions { RootDialogId = Menu }));
        await GoToDepthAsync(client, 4);

        extraStep = true;
        client.Restart();
        await client.Send("What surprised you?").AssertReply("I was updated").AssertReply(MenuQuestion);
    }

    [Fact]
    public async Task APromptSavedUnderARenamedIdResumesOnTheNewIdAndIsSavedUnderIt()
    {
        bool renamed = false;
        var client = new DialogTestClient((store, clock) => new DialogRunner(
            renamed ? Create(textPromptId: "coach.text").Rename("text", "coach.text") : Create(),
            store,
            clock,
            new DialogRunnerOptions { RootDialogId = Menu }));
        await GoToDepthAsync(client, 4);

        renamed = true;
        client.Restart();
        await client.Send("What surprised you?").AssertReply(AnotherQuestion).AssertNoMoreReplies();
        await client.Send("yes").AssertReply(QuestionQuestion);
        string saved = (await client.Store.ReadAsync(client.ConversationKey, CancellationToken.None))!.StateJson;
        Assert.Contains("\"coach.text\"", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\"", saved, StringComparison.Ordinal);
        await client.Send("Any advice?").AssertReply(AnotherQuestion);
        await client.Send("no").AssertReply("Saved 2 questions for Ada (limit 3): How they got started");
    }

    [Fact]
    public void ARenameOfAnIdThatIsStillRegisteredIsRefused() =>
        Assert.Throws<ArgumentException>(() => Create().Rename("text", "confirm"));

    [Fact]
    public async Task ARemovedDialogApologisesAndReturnsToTheMenu()
    {
        bool withQuestions = true;
        var client = new DialogTestClient((store, clock) => new DialogRunner(Create(withQuestions: withQuestions), store, clock, new DialogRunnerOptions { RootDialogId = Menu }));
        await GoToDepthAsync(client, 3);

        withQuestions = false;
        client.Restart();
        await client.Send("anything").AssertReply("I was updated").AssertReply(MenuQuestion);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"schema":99,"stack":[]}""")]
    [InlineData("""{"schema":1,"stack":[{"id":"menu"}]}""")]
    [InlineData("""{"schema":"one","stack":[]}""")]
    [InlineData("""{"schema":1,"stack":[{"id":"menu","version":"1:3","step":"two"}]}""")]
    public async Task UnreadableStateApologisesAndReturnsToTheMenu(string json)
    {
        var client = CreateClient();
        await client.Store.WriteAsync(client.ConversationKey, json, null);
        await client.Send("hi").AssertReply("I was updated").AssertReply(MenuQuestion);
    }

    [Fact]
    public async Task ATurnThatLosesTheWriteIsRerunOnTheWinnersStateAndNoUpdateIsLost()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId });
        await runner.RunTurnAsync(Input("start"));

        TurnResult? other = null;
        store.BeforeNextWrite = async () => other = await runner.RunTurnAsync(Input("from the other instance"));
        TurnResult mine = await runner.RunTurnAsync(Input("mine"));

        Assert.Equal(1, other!.Attempts);
        Assert.Equal("Count: 1", Assert.Single(other.Replies).ToPlainText());
        Assert.Equal(2, mine.Attempts);
        Assert.Equal("Count: 2", Assert.Single(mine.Replies).ToPlainText());
        Assert.Contains("\"count\":2", (await store.PeekAsync("c1"))!.StateJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCreatesRacingOnANewConversationBothLand()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId });
        store.BeforeNextWrite = async () => await runner.RunTurnAsync(Input("first"));
        TurnResult second = await runner.RunTurnAsync(Input("second"));
        Assert.Equal(2, second.Attempts);
        Assert.Equal("Count: 1", Assert.Single(second.Replies).ToPlainText());
    }

    [Fact]
    public async Task ParallelTurnsFromTwoBotInstancesOnOneConversationNeverLoseACount()
    {
        var store = new InMemoryDialogStateStore();
        var options = new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId, MaxTurnAttempts = 1000 };
        DialogRunner[] instances =
        [
            new(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, options),
            new(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, options),
        ];
        DialogRunner runner = instances[0];
        await runner.RunTurnAsync(Input("start"));
        const int PerWorker = 300;
        Task[] workers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (int i = 0; i < PerWorker; i++)
            {
                await instances[w % 2].RunTurnAsync(Input("tick"));
            }
        })).ToArray();
        await Task.WhenAll(workers);

        TurnResult last = await runner.RunTurnAsync(Input("tick"));
        Assert.Equal($"Count: {(4 * PerWorker) + 1}", Assert.Single(last.Replies).ToPlainText());
    }

    [Fact]
    public async Task ATurnThatKeepsLosingThrowsAClearExceptionAndSendsNothing()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId, MaxTurnAttempts = 3 });
        await runner.RunTurnAsync(Input("start"));
        store.AlwaysConflict = true;

        var error = await Assert.ThrowsAsync<DialogTurnConflictException>(async () => await runner.RunTurnAsync(Input("tick")));
        Assert.IsType<DialogStateConflictException>(error.InnerException);
        Assert.Contains("3 times", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + 3, store.Reads);
    }

    [Fact]
    public async Task ATurnIsOneReadAndOneWrite()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId });
        await runner.RunTurnAsync(Input("start"));
        (int reads, int writes) = (store.Reads, store.Writes);
        await runner.RunTurnAsync(Input("tick"));
        Assert.Equal((reads + 1, writes + 1), (store.Reads, store.Writes));
    }

    [Fact]
    public async Task AKnownStateSavesTheReadAndAStaleOneCostsOnlyARetry()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId });
        TurnResult first = await runner.RunTurnAsync(Input("start"));
        int reads = store.Reads;

        TurnResult second = await runner.RunTurnAsync(Input("tick"), first.State);
        Assert.Equal(reads, store.Reads);
        Assert.Equal("Count: 1", Assert.Single(second.Replies).ToPlainText());

        TurnResult stale = await runner.RunTurnAsync(Input("tick"), first.State);
        Assert.Equal(2, stale.Attempts);
        Assert.Equal("Count: 2", Assert.Single(stale.Replies).ToPlainText());
    }

    [Fact]
    public async Task ANewConversationsFirstTurnIsOneInsertAndNoRead()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId });

        TurnResult first = await runner.RunNewConversationTurnAsync(Input("hi"));

        Assert.Equal("Counting.", Assert.Single(first.Replies).ToPlainText());
        Assert.Equal((0, 1), (store.Reads, store.Writes));
        Assert.Equal(first.State!.ETag, (await store.PeekAsync("c1"))!.ETag);
        Assert.Equal("Count: 1", Assert.Single((await runner.RunTurnAsync(Input("tick"), first.State)).Replies).ToPlainText());
    }

    [Fact]
    public async Task ANewConversationKnowsTheSetsFactsUntilADialogForgetsOneAndThatIsSavedWithTheTurn()
    {
        var store = new ScriptedStore();
        DialogSet set = new DialogSet().Add(new FactDialog());
        set.NewConversationFacts = ["empty"];
        var runner = new DialogRunner(set, store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = FactDialog.DialogId });

        Assert.Equal("Knows: True", Assert.Single((await runner.RunNewConversationTurnAsync(Input("ask"))).Replies).ToPlainText());
        Assert.Contains("\"facts\":[\"empty\"]", (await store.PeekAsync("c1"))!.StateJson, StringComparison.Ordinal);
        Assert.Equal("Knows: True", Assert.Single((await runner.RunTurnAsync(Input("ask"))).Replies).ToPlainText());

        await runner.RunTurnAsync(Input("forget"));

        Assert.DoesNotContain("\"facts\"", (await store.PeekAsync("c1"))!.StateJson, StringComparison.Ordinal);
        Assert.Equal("Knows: False", Assert.Single((await runner.RunTurnAsync(Input("ask"))).Replies).ToPlainText());
    }

    [Fact]
    public async Task AConversationThatAlreadyHasStateLearnsNoFactsAfterTheSetDeclaresThem()
    {
        var store = new ScriptedStore();
        DialogSet set = new DialogSet().Add(new FactDialog());
        var runner = new DialogRunner(set, store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = FactDialog.DialogId });
        await runner.RunTurnAsync(Input("ask"));

        set.NewConversationFacts = ["empty"];

        Assert.Equal("Knows: False", Assert.Single((await runner.RunTurnAsync(Input("ask"))).Replies).ToPlainText());
    }

    /// <summary>Answers "ask" with whether the conversation knows the fact "empty", and forgets it on "forget".</summary>
    private sealed class FactDialog() : Dialog(DialogId)
    {
        public const string DialogId = "fact-teller";

        public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            ContinueDialogAsync(dc, cancellationToken);

        public override ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Input.Text == "forget")
            {
                dc.Forget("empty");
            }
            else
            {
                dc.Send($"Knows: {dc.Knows("empty")}");
            }

            dc.ActiveDialog!.Values = new DialogValues();
            dc.ActiveDialog.Values.Set("turn", dc.Input.Text ?? string.Empty);
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }
    }

    [Fact]
    public async Task AConversationWronglyThoughtNewIsRunOnItsStoredStateAndNothingIsOverwritten()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new CounterDialog()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId });
        await runner.RunTurnAsync(Input("start"));
        await runner.RunTurnAsync(Input("tick"));

        TurnResult mine = await runner.RunNewConversationTurnAsync(Input("tick"));

        Assert.Equal(2, mine.Attempts);
        Assert.Equal("Count: 2", Assert.Single(mine.Replies).ToPlainText());
        Assert.Contains("\"count\":2", (await store.PeekAsync("c1"))!.StateJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATurnThatWritesNothingFromAStaleKnownStateIsRunAgainOnWhatIsStored()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new PeekableCounter()), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = PeekableCounter.DialogId });
        TurnResult started = await runner.RunTurnAsync(Input("start"));
        await runner.RunTurnAsync(Input("tick"));                       // another instance moves the count on

        TurnResult current = await runner.RunTurnAsync(Input("peek"), started.State);
        int reads = store.Reads;
        TurnResult fresh = await runner.RunTurnAsync(Input("peek"), current.State);

        Assert.Equal("Count: 1", Assert.Single(current.Replies).ToPlainText());
        Assert.False(current.StateWritten);
        Assert.Equal("Count: 1", Assert.Single(fresh.Replies).ToPlainText());
        Assert.Equal(reads + 1, store.Reads);                           // a current copy costs the one check read only
    }

    /// <summary>Counts "tick"s and answers "peek" with the count without changing anything, so that turn writes nothing.</summary>
    private sealed class PeekableCounter() : Dialog(DialogId)
    {
        public const string DialogId = "peekable";

        public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        {
            dc.ActiveDialog!.Values = new DialogValues();
            dc.ActiveDialog.Values.Set("count", 0);
            dc.Send("Counting.");
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }

        public override ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            DialogValues values = dc.ActiveDialog!.Values!;
            int count = values.Get<int>("count");
            if (dc.Input.Text != "peek")
            {
                values.Set("count", ++count);
            }

            dc.Send($"Count: {count}");
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }
    }

    /// <summary>Leaves its state as it is and, on "save", makes a change the store holds for the state write.</summary>
    private sealed class HoldingSaver(ScriptedStore store) : Dialog(DialogId)
    {
        public const string DialogId = "saver";

        public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        {
            dc.Send("Ready.");
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }

        public override ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            store.Pending |= dc.Input.Text == "save";
            dc.Send("Noted.");
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }
    }

    [Fact]
    public async Task ATurnWhoseOnlyChangeWaitsForTheStateWriteStillWritesTheState()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new HoldingSaver(store)), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = HoldingSaver.DialogId });
        await runner.RunTurnAsync(Input("start"));
        int writes = store.Writes;

        TurnResult look = await runner.RunTurnAsync(Input("look"));
        TurnResult save = await runner.RunTurnAsync(Input("save"));

        Assert.False(look.StateWritten);
        Assert.True(save.StateWritten);
        Assert.Equal(writes + 1, store.Writes);
        Assert.True(store.PendingAtLastWrite);
    }

    [Fact]
    public async Task TheStoreIsToldEachTimeATurnStartsOrStartsAgainSoItCanDropWhatALostAttemptLeftPending()
    {
        var store = new ScriptedStore();
        var runner = new DialogRunner(new DialogSet().Add(new HoldingSaver(store)), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = HoldingSaver.DialogId });
        await runner.RunTurnAsync(Input("start"));
        int begun = store.AttemptsBegun;

        // Another turn writes first, so this one loses its write and runs again; the second attempt saves nothing.
        store.BeforeNextWrite = () => runner.RunTurnAsync(Input("other", "c1") with { DeliveryId = "elsewhere" }).AsTask();
        store.Pending = false;
        TurnResult result = await runner.RunTurnAsync(Input("save") with { DeliveryId = "d1" });

        Assert.Equal(2, result.Attempts);
        Assert.Equal(begun + 3, store.AttemptsBegun);      // two for this turn, one for the racing turn
    }

    [Fact]
    public async Task ATurnThatChangesNothingSkipsTheWrite()
    {
        var store = new ScriptedStore();
        var client = new DialogTestClient(Create(), Menu, store);
        await GoToDepthAsync(client, 3);
        int writes = store.Writes;
        TestTurn turn = await client.Send("help");
        Assert.False(turn.Result.StateWritten);
        Assert.Equal(writes, store.Writes);
    }

    [Fact]
    public async Task ConversationsAreIndependent()
    {
        var client = CreateClient();
        await GoToDepthAsync(client, 3);
        client.ConversationKey = "another";
        await client.Send("hi").AssertReply(MenuQuestion);
        client.ConversationKey = "test/conversations/1";
        await client.Send("My goal").AssertReply(QuestionQuestion);
    }

    [Fact]
    public void AnUnregisteredRootDialogIsRefusedAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new DialogRunner(new DialogSet(), new InMemoryDialogStateStore(), TimeProvider.System, new DialogRunnerOptions { RootDialogId = "nope" }));
    }

    [Fact]
    public async Task StatusIsCompleteWhenTheRootEndsAndCancelledWhenAStepCancels()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root", [(step, ct) => step.Input.Text == "quit" ? step.CancelAllDialogsAsync(ct) : step.EndDialogAsync("done", ct)]));
        var client = new DialogTestClient(dialogs, "root");
        await client.Send("hi").AssertStatus(DialogTurnStatus.Complete);
        await client.Send("quit").AssertStatus(DialogTurnStatus.Cancelled);
    }
}
