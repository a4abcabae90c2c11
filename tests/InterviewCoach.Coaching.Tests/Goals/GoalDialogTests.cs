using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Goals;

public sealed class GoalDialogTests
{
    [Fact]
    public async Task TheStageTypedAsItsButtonTitleOffersNoFieldFromItsWords()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");
        await coach.Client.Send("skip");

        TestTurn fields = await coach.Client.Send("set on a direction");

        Assert.Contains(fields.Replies, r => r.ToPlainText().Contains("Which fields do you want to learn about?", StringComparison.Ordinal));
        Assert.DoesNotContain(fields.Replies, r => r.ToPlainText().Contains("direction**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThreeAnswersThatAreNotAPhoneNumberSkipTheNumberAndGoalSettingGoesOn()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
        await coach.Client.Send("i dont have one").AssertReply("doesn't look like a phone number");
        await coach.Client.Send("it's private").AssertReply("doesn't look like a phone number");
        await coach.Client.Send("hmm")
            .AssertReply("leave your number out for now")
            .AssertReply<ChoiceReply>(c => c.Markdown.Contains("Where are you", StringComparison.Ordinal));
        await coach.Client.Send("exploring").AssertReply("Which fields");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("1, 3")]
    public async Task ANumberAtTheFieldsQuestionIsNotSavedAsAField(string typed)
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring").AssertReply("Which fields");

        await coach.Client.Send(typed).AssertReply("type the fields in words").AssertNoMoreReplies();
        await coach.Client.Send("urban planning").AssertReply("What do you want these conversations to do");
    }

    [Fact]
    public async Task ANumberTypedInASentenceIsSavedOnItsOwn()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");
        await coach.Client.Send("its 07700 900 123").AssertReply<ChoiceReply>(c => c.Markdown.Contains("Where are you", StringComparison.Ordinal));
        await coach.Client.Send("exploring");
        await coach.Client.Send("urban planning");
        await coach.Client.Send("1");
        await coach.Client.Send("2");

        Assert.Equal("07700 900 123", (await coach.ProfileAsync())?.Phone);
    }

    [Fact]
    public async Task AnswersTheStageQuestionCannotReadNeverEndGoalSettingOrLoseTheNameAlreadyGiven()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Send("hmm, tricky").AssertReply("Where are you right now");
        await coach.Client.Send("blah").AssertReply("Where are you right now");
        await coach.Client.Send("qwerty")
            .AssertReply<ChoiceReply>(c => c.Markdown.Contains("weighing up different fields", StringComparison.Ordinal)
                && c.Markdown.Contains("type **cancel** to stop here", StringComparison.Ordinal) && c.Buttons.Count == 2)
            .AssertNoMoreReplies();
        await coach.Client.Send("still exploring").AssertReply("Which fields");
    }

    [Fact]
    public async Task WhoTheyAreInPlaceOfAStageIsToldWhatTellsTheOptionsApart()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Send("career changer")
            .AssertReply<ChoiceReply>(c => c.Markdown.Contains("Either can fit a career change", StringComparison.Ordinal) && c.Buttons.Count == 2);
        await coach.Client.Send("set on a direction").AssertReply("Which fields");
    }

    [Fact]
    public async Task ATypedSentenceAboutMovingIntoAFieldIsADirectionAndOffersTheFieldBack()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Send("i kind of know, i want to move into product management")
            .AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("You mentioned **product management**", StringComparison.Ordinal)
                && c.Buttons.Select(b => b.Title).SequenceEqual(new[] { "product management" }));
        await coach.Client.Send("yes that's it").AssertReply<ChoiceReply>(c => c.MultiSelect && c.Buttons[0].Title == InterviewPurposes.FindLocalEmployers.ToLabel());
        await coach.Client.Send("1");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Saved: your goals");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal((CareerStage.OnAClearPath, "product management"), (profile.Stage, Assert.Single(profile.FieldsOfInterest).Name));
    }

    [Fact]
    public async Task KnowingHedgedIsOfferedBackAsADirectionAndYesTakesIt()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Send("i kind of know").AssertReply("Did you mean **Set on a direction**?");
        await coach.Client.Send("yes").AssertReply("Which fields do you want to learn about?");
        await coach.Client.Send("product management").AssertReply<ChoiceReply>(c => c.MultiSelect && c.Buttons[0].Title == InterviewPurposes.FindLocalEmployers.ToLabel());
    }

    [Fact]
    public async Task TheFieldOfferedBackCanBeTurnedDownForOthers()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");
        await coach.Client.Send("skip");
        await coach.Client.Send("not sure whether to go into law or teaching").AssertReply("You mentioned **law, teaching**");
        await coach.Client.Send("no").AssertReply("Which fields would you like to learn about instead?");
        await coach.Client.Send("family law, primary teaching").AssertReply<ChoiceReply>(c => c.MultiSelect && c.Buttons[0].Title == InterviewPurposes.JudgeFit.ToLabel());
        await coach.Client.Send("1");
        await coach.Client.Send("2");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal(CareerStage.ExploringOptions, profile.Stage);
        Assert.Equal(["family law", "primary teaching"], profile.FieldsOfInterest.Select(f => f.Name));
    }

    [Fact]
    public async Task AFirstGoalSettingRunsEndToEndAndSavesTheProfile()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
        await coach.Client.Send("call me maybe").AssertReply("doesn't look like a phone number");
        await coach.Client.Send("07700 900123").AssertReply<ChoiceReply>(c => c.Markdown.Contains("Where are you", StringComparison.Ordinal));
        await coach.Client.Send("banana").AssertReply("Either can fit a career change");
        await coach.Client.Send("exploring").AssertReply("Which fields");
        await coach.Client.Send("nursing, teaching, law, data science").AssertReply("That's 4 fields");
        await coach.Client.Send("pediatric nursing (healthcare), school counselling").AssertReply<ChoiceReply>(c => c.MultiSelect);
        await coach.Client.Send("1, 2, 8").AssertReply("what else");
        await coach.Client.Send("see what night shifts are like").AssertReply("each week");
        await coach.Client.Send("50").AssertReply("from 1 to 20");
        await coach.Client.Send("3")
            .AssertReply<CardReply>(card => card.Title == "Saved: your goals" && card.ToPlainText().Contains("pediatric nursing (within healthcare)", StringComparison.Ordinal))
            .AssertReply("sketch")
            .AssertReply<ChoiceReply>();

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal("Sam Lee", profile.DisplayName);
        Assert.Equal("07700 900123", profile.Phone);
        Assert.Equal(CareerStage.ExploringOptions, profile.Stage);
        Assert.Equal(["pediatric nursing", "school counselling"], profile.FieldsOfInterest.Select(f => f.Name));
        Assert.Equal("healthcare", profile.FieldsOfInterest[0].BroaderArea);
        Assert.Equal(InterviewPurposes.JudgeFit | InterviewPurposes.LearnEntryPath, profile.Purposes);
        Assert.Equal(["see what night shifts are like"], profile.OtherPurposes);
        Assert.Equal(3, profile.WeeklyTarget);
        Assert.Empty(profile.Validate());
    }

    [Fact]
    public async Task ACareerAimTypedAtThePhoneQuestionIsKeptForTheFieldsQuestion()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");

        await coach.Client.Send("I'm a teacher and I want to move into instructional design")
            .AssertReply("Noted: **instructional design**. I'll come back to it when we get to your fields. First, which phone number");
        await coach.Client.Send("skip").AssertReplyContains("You mentioned **instructional design**");
        await coach.Client.Send("yes, and maybe learning technology too");
        await coach.Client.Send("1").AssertReply("each week");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Saved: your goals");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal(string.Empty, profile.Phone ?? string.Empty);
        Assert.Equal(["instructional design", "learning technology"], profile.FieldsOfInterest.Select(f => f.Name));
    }

    [Theory]
    [InlineData("yes instructional design, maybe also learning technology", new[] { "instructional design", "learning technology" })]
    [InlineData("Yes, Instructional Design and maybe learning technology", new[] { "instructional design", "learning technology" })]
    [InlineData("yes instructional design", new[] { "instructional design" })]
    [InlineData("yes. also learning technology if possible", new[] { "instructional design", "learning technology" })]
    [InlineData("yes. maybe learning technology also", new[] { "instructional design", "learning technology" })]
    [InlineData("yes, maybe not much else", new[] { "instructional design" })]
    [InlineData("yes please", new[] { "instructional design" })]
    public async Task TheOfferedFieldSaidAgainAfterYesKeepsWhatIsAddedAfterIt(string typed, string[] saved)
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
        await coach.Client.Send("I'm a teacher and I want to move into instructional design");
        await coach.Client.Send("skip").AssertReplyContains("You mentioned **instructional design**");

        await coach.Client.Send(typed).AssertReply("What do you want these conversations to do for you");
        await coach.Client.Send("1").AssertReply("each week");
        await coach.Client.Send("2");

        Assert.Equal(saved, (await coach.ProfileAsync())!.FieldsOfInterest.Select(f => f.Name));
    }

    [Theory]
    [InlineData("two or three", 2)]
    [InlineData("3-4 maybe", 3)]
    [InlineData("maybe two? three if i'm feeling brave", 2)]
    public async Task ARangeOfConversationsAWeekStartsAtItsLowerEnd(string typed, int saved)
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring").AssertReply("Which fields");
        await coach.Client.Send("instructional design");
        await coach.Client.Send("1").AssertReply("each week");
        await coach.Client.Send(typed).AssertReply<CardReply>(card => card.Title == "Saved: your goals");

        Assert.Equal(saved, (await coach.ProfileAsync())!.WeeklyTarget);
    }

    [Fact]
    public async Task NotSureWhatTheConversationsAreForMeansSeeingWhetherTheFieldFitsAndNahIsToldThereIsNoSuchOption()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("sam patel");
        await coach.Client.Send("skip");
        await coach.Client.Send("still exploring");
        await coach.Client.Send("ux design").AssertReply<ChoiceReply>(c => c.MultiSelect);

        await coach.Client.Send("nah").AssertReply<ChoiceReply>(c => c.MultiSelect && c.Markdown.StartsWith("There's no option for that here", StringComparison.Ordinal));
        await coach.Client.Send("not sure").AssertReply("each week");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.ToPlainText().Contains("See whether the field suits me", StringComparison.Ordinal));

        Assert.Equal(InterviewPurposes.JudgeFit, (await coach.ProfileAsync())!.Purposes);
    }

    [Theory]
    [InlineData("something in ux design maybe")]
    [InlineData("not sure")]
    public async Task AnAnswerMeantForAnotherQuestionIsNotSavedAsTheName(string typed)
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");

        await coach.Client.Send(typed).AssertReply("reads like a sentence rather than a name");
        await coach.Client.Send("sam patel").AssertReply("phone number");
    }

    [Theory]
    [InlineData("product management")]
    [InlineData("data science")]
    [InlineData("ux research")]
    public async Task AFieldTypedAtTheNameIsNotSavedAsTheName(string typed)
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");

        await coach.Client.Send(typed).AssertReply("sounds like a field or a job rather than a person's name");
        await coach.Client.Send("sam patel").AssertReply("phone number");
    }

    [Theory]
    [InlineData("Dee Design")]
    [InlineData("jude law")]
    [InlineData("priya")]
    public void NamesThatShareAWordWithAFieldOrAreTypedInLowerCaseAreStillNames(string typed) => Assert.Null(SlotAnswers.NotAName(typed));

    [Fact]
    public async Task PurposesCanBePressedAsAMultiSelectAndThePhoneSkipped()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Ana");
        await coach.Client.Send("skip");
        await coach.Client.Press(nameof(CareerStage.OnAClearPath));
        await coach.Client.Send("urban planning");
        await coach.Client.Press("GrowNetwork,FindLocalEmployers").AssertReply("each week");
        await coach.Client.Send("two").AssertReply<CardReply>();

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Null(profile.Phone);
        Assert.Equal(CareerStage.OnAClearPath, profile.Stage);
        Assert.Equal(InterviewPurposes.GrowNetwork | InterviewPurposes.FindLocalEmployers, profile.Purposes);
        Assert.Empty(profile.OtherPurposes);
        Assert.Equal(2, profile.WeeklyTarget);
    }

    [Fact]
    public async Task SavedGoalsShowTheSummaryCardAndOnePartCanBeChanged()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("goal")
            .AssertReply<CardReply>(card => card.Title == "Your goals" && card.ToPlainText().Contains("Sam Lee", StringComparison.Ordinal))
            .AssertReply<ChoiceReply>(c => c.Buttons.Any(b => b.Title == "Start over"));
        await coach.Client.Press(nameof(GoalPart.Target)).AssertReply("each week");
        await coach.Client.Send("0").AssertReply("from 1 to 20");
        await coach.Client.Send("5").AssertReply<CardReply>(card => card.ToPlainText().Contains("5 conversations a week", StringComparison.Ordinal));

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal(5, profile.WeeklyTarget);
        Assert.Equal("Sam Lee", profile.DisplayName);
        Assert.Equal(Samples.Profile().FieldsOfInterest, profile.FieldsOfInterest);
    }

    [Theory]
    [InlineData("8 years but in audit, not ux")]
    [InlineData("a decade in retail, none of it in design")]
    public async Task YearsSpentInAnotherFieldAreSomeExperienceNotLots(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Student });

        await coach.Client.Send("goal");
        await coach.Client.Send("my experience").AssertReply("How much experience do you have");
        await coach.Client.Send(typed).AssertReply<CardReply>(card => card.Facts.Contains(new CardFact("Experience", "Some experience, little in this field")));
        Assert.Equal(ExperienceLevel.Limited, (await coach.ProfileAsync())!.Experience);
    }

    [Fact]
    public async Task TheExperienceLevelCanBeChangedByTypingAndSkippingKeepsIt()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Limited });

        await coach.Client.Send("goal").AssertReply<CardReply>(card => card.Facts.Contains(new CardFact("Experience", "Some experience, little in this field")));
        await coach.Client.Send("my experience").AssertReply("How much experience do you have");
        await coach.Client.Send("lots").AssertReply<CardReply>(card => card.Facts.Contains(new CardFact("Experience", "Lots of relevant experience")));
        Assert.Equal(ExperienceLevel.Experienced, (await coach.ProfileAsync())!.Experience);

        await coach.Client.Send("goal");
        await coach.Client.Press(nameof(GoalPart.Experience));
        await coach.Client.Send("skip").AssertReply("stays as it was");
        Assert.Equal(ExperienceLevel.Experienced, (await coach.ProfileAsync())!.Experience);
    }

    [Fact]
    public async Task ChangingTheFieldsAsksOnlyForTheFields()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");

        await coach.Client.Send("my fields").AssertReply("Which fields");
        await coach.Client.Send("midwifery").AssertReply<CardReply>();

        Assert.Equal("midwifery", Assert.Single((await coach.ProfileAsync())!.FieldsOfInterest).Name);
    }

    [Fact]
    public async Task StartOverAsksEverythingAgain()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");

        await coach.Client.Press("start-over").AssertReply("what name");
    }

    [Fact]
    public async Task KeepAsIsChangesNothing()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("goal");

        await coach.Client.Send("looks good").AssertReply("stay as they are").AssertReply<ChoiceReply>();
    }

    [Fact]
    public async Task CancellingWithUnsavedAnswersAsksToConfirm()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");

        await coach.Client.Send("cancel").AssertReply("aren't saved yet");
        await coach.Client.Send("no").AssertReply("carry on").AssertReply("phone number");
        await coach.Client.Send("cancel").AssertReply("aren't saved yet");
        await coach.Client.Send("yes").AssertReply("stopped").AssertReply<ChoiceReply>();

        Assert.Null(await coach.ProfileAsync());
    }

    [Fact]
    public async Task CancellingBeforeAnyAnswerStopsAtOnce()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");

        await coach.Client.Send("cancel").AssertReply("stopped").AssertReply<ChoiceReply>();
    }

    [Fact]
    public async Task HelpMidStepExplainsTheQuestionAndAsksItAgain()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam");
        await coach.Client.Send("skip");

        await coach.Client.Send("help").AssertReply("weighing up").AssertReply<ChoiceReply>(c => c.Markdown == "Where are you right now?");
    }

    [Fact]
    public async Task HostileAnswersArePromptedAgainNotThrown()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");

        await coach.Client.Send(new string('a', 10_000)).AssertReply("10,000 characters");
        await coach.Client.Send("Sam 🦄").AssertReply("phone number");
        await coach.Client.Send("📞📞📞").AssertReply("doesn't look like a phone number");
        await coach.Client.Send("skip");
        await coach.Client.Send(new string('b', 10_000)).AssertReply("Either can fit a career change");
        await coach.Client.Send("1");
        await coach.Client.Send("🌍 ecology 🌱").AssertReply<ChoiceReply>(c => c.MultiSelect);
        await coach.Client.Send("🙂").AssertReply("Please pick from the options");
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("yep")]
    public async Task AYesToTheNameOnTheButtonSavesThatNameNotTheWordYes(string yes)
    {
        var coach = new CoachHarness();
        coach.Client.DisplayName = "Sam Patel";
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("Press the button if it's this one");

        await coach.Client.Send(yes).AssertReply("Which phone number");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring");
        await coach.Client.Send("UX research (design), data journalism");
        await coach.Client.Send("1, 3");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Saved: your goals");

        Assert.Equal("Sam Patel", (await coach.ProfileAsync())!.DisplayName);
    }

    [Theory]
    [InlineData("yeah sam is fine", "Sam")]
    [InlineData("yeah that's fine", "Sam Patel")]
    [InlineData("yes, Sam is fine", "Sam")]
    [InlineData("sam's fine", "Sam")]
    [InlineData("call me Sam", "Sam")]
    [InlineData("mary-jane o'neil", "Mary-Jane O'Neil")]
    [InlineData("de Souza", "de Souza")]
    [InlineData("its priya actually, priya raman", "Priya Raman")]
    [InlineData("im priya", "Priya")]
    [InlineData("everyone calls me Jo", "Jo")]
    public async Task TheNameIsReadFromHowTheUserAnswersTheOfferedName(string said, string saved)
    {
        var coach = new CoachHarness();
        coach.Client.DisplayName = "Sam Patel";
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("Press the button if it's this one");

        await coach.Client.Send(said).AssertReply("Which phone number");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring");
        await coach.Client.Send("UX research (design), data journalism");
        await coach.Client.Send("1, 3");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Saved: your goals");

        Assert.Equal(saved, (await coach.ProfileAsync())!.DisplayName);
    }

    [Fact]
    public async Task TurningTheOfferedNameDownAsksForAnotherAndADifferentNameIsTaken()
    {
        var coach = new CoachHarness();
        coach.Client.DisplayName = "Sam Patel";
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("Press the button if it's this one");

        await coach.Client.Send("no").AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("No problem. What name would you like me to use instead?", StringComparison.Ordinal));
        await coach.Client.Send("alex is fine").AssertReply("Which phone number");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring");
        await coach.Client.Send("UX research (design), data journalism");
        await coach.Client.Send("1, 3");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Saved: your goals");

        Assert.Equal("Alex", (await coach.ProfileAsync())!.DisplayName);
    }

    [Fact]
    public async Task ANewUsersGoalsAreSavedWithoutReadingTheProfileASecondTime()
    {
        var counting = new ProfileReadCounter(new InMemoryUserRecordStore(TimeProvider.System));
        var coach = new CoachHarness(counting);
        await coach.Client.Send("hi");

        await WalkTheGoalFlowAsync(coach);

        Assert.Equal(1, counting.ProfileReads);
        Assert.Equal("Ana Souza", (await coach.ProfileAsync())!.DisplayName);
    }

    [Fact]
    public async Task AProfileCreatedElsewhereMidFlowIsKeptAndTheGoalsLandOnTopOfIt()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name");
        await coach.Records.SaveAsync(coach.User, UserRecordKinds.Profile, "main", new CoachingProfile { Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Education = "a BA" }).WithEditedText("From another device.") }, CoachingJsonContext.Default.CoachingProfile, null);

        await coach.Client.Send("Ana Souza");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring");
        await coach.Client.Send("UX research (design), data journalism");
        await coach.Client.Send("1, 3");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Saved: your goals").AssertReply("changed somewhere else");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal("Ana Souza", profile.DisplayName);
        Assert.Equal("From another device.", profile.Sketch?.Text);
    }

    private static async Task WalkTheGoalFlowAsync(CoachHarness coach)
    {
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name");
        await coach.Client.Send("Ana Souza");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring");
        await coach.Client.Send("UX research (design), data journalism");
        await coach.Client.Send("1, 3");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Saved: your goals");
    }

    /// <summary>Counts reads of the profile record; everything else passes through.</summary>
    private sealed class ProfileReadCounter(IUserRecordStore inner) : IUserRecordStore
    {
        public int ProfileReads { get; private set; }

        public ValueTask<StoredRecord<T>?> GetAsync<T>(string userKey, string kind, string id, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
        {
            if (kind == UserRecordKinds.Profile)
            {
                ProfileReads++;
            }

            return inner.GetAsync(userKey, kind, id, type, cancellationToken);
        }

        public ValueTask<IReadOnlyList<StoredRecord<T>>> ListAsync<T>(string userKey, string kind, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken = default) =>
            inner.ListAsync(userKey, kind, type, cancellationToken);

        public ValueTask<string> SaveAsync<T>(string userKey, string kind, string id, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string? expectedETag, CancellationToken cancellationToken = default) =>
            inner.SaveAsync(userKey, kind, id, value, type, expectedETag, cancellationToken);

        public ValueTask DeleteAsync(string userKey, string kind, string id, CancellationToken cancellationToken = default) => inner.DeleteAsync(userKey, kind, id, cancellationToken);

        public ValueTask<IReadOnlyList<ExportedRecord>> ExportAllAsync(string userKey, CancellationToken cancellationToken = default) => inner.ExportAllAsync(userKey, cancellationToken);

        public ValueTask<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken = default) => inner.DeleteAllAsync(userKey, cancellationToken);
    }
}
