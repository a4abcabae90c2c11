using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Goals;

public sealed class SketchDialogTests
{
    [Theory]
    [InlineData("i am very patient", "being patient")]
    [InlineData("I'm really good with spreadsheets", "being good with spreadsheets")]
    [InlineData("i listen people carefully", "listening to people carefully")]
    [InlineData("I explain hard ideas clearly", "explaining hard ideas clearly")]
    [InlineData("I can plan big events", "planning big events")]
    [InlineData("i run meetings well", "running meetings well")]
    [InlineData("I run user testing sessions on my course", null)]
    [InlineData("I'm a team lead", null)]
    [InlineData("I ran the survey analysis", null)]
    [InlineData("my patience", null)]
    public void AStrengthSaidAboutOneselfIsNamedTheWayTheSketchSaysIt(string said, string? named)
    {
        Assert.Equal(named, SketchDialog.AsStrength(said));
    }

    [Fact]
    public async Task StrengthsTypedAsSentencesAboutOneselfAreTakenAndAskedAboutByName()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("sketch").AssertReply("30-second version").AssertReply("education");
        await coach.Client.Send("a degree in economics").AssertReply("experience");
        await coach.Client.Send("ten years as an auditor").AssertReply("strengths");
        await coach.Client.Send("i am very methodical, i listen people carefully and i am good with excel")
            .AssertReply("quick example for each").AssertReply("example that shows _being methodical_")
            .AssertNoReplyContains("sounds like an example");
        await coach.Client.Send("I rebuilt the month-end close checklist for my team").AssertReply("listening to people carefully");
    }

    [Fact]
    public async Task TheSketchAsksForAnExampleOfEachStrengthAndPairsThem()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("sketch").AssertReply("30-second version").AssertReply("education");
        await coach.Client.Send(new string('e', 10_000)).AssertReply("under 300");
        await coach.Client.Send("help").AssertReply("A few words are enough").AssertReply("education");
        await coach.Client.Send("a degree in economics").AssertReply("experience");
        await coach.Client.Send("three years running a café").AssertReply("strengths");
        await coach.Client.Send("analysis").AssertReply("two or three strengths");
        await coach.Client.Send("a, b, c, d").AssertReply("more than three");
        await coach.Client.Send("patience, I run user testing sessions on my course")
            .AssertReply("_I run user testing sessions on my course_ sounds like an example rather than a strength");
        await coach.Client.Send("analysis, explaining things simply and staying calm")
            .AssertReply("quick example for each").AssertReply("example that shows _analysis_");
        await coach.Client.Send("built the sales forecast for the café").AssertReply("explaining things simply");
        await coach.Client.Send("ok").AssertReply("a little thin");
        await coach.Client.Send("idk really").AssertReply("only a claim");
        await coach.Client.Send("I trained six new baristas on the till").AssertReply("staying calm");
        await coach.Client.Send("skip").AssertReply("only a claim");
        await coach.Client.Send("skip").AssertReply("leave staying calm out").AssertReply("considering next");
        await coach.Client.Send("moving into public health")
            .AssertReply<CardReply>(card => card.Title == "Here's a first draft"
                && card.ToPlainText().Contains("economics", StringComparison.Ordinal)
                && card.ToPlainText().Contains("Analysis is one of my strengths: I built the sales forecast for the café.", StringComparison.Ordinal)
                && card.ToPlainText().Contains("Another is explaining things simply: I trained six new baristas", StringComparison.Ordinal)
                && !card.ToPlainText().Contains("staying calm", StringComparison.Ordinal))
            .AssertReply<ChoiceReply>(c => c.Buttons.Any(b => b.Title == "Edit it"));
        Assert.Null((await coach.ProfileAsync())!.Sketch);

        await coach.Client.Send("keep it").AssertReply("Saved");

        BackgroundSketch sketch = (await coach.ProfileAsync())!.Sketch!;
        Assert.Equal(["analysis", "explaining things simply"], sketch.Inputs.Strengths);
        Assert.Equal(
            [new StrengthEvidence("analysis", "built the sales forecast for the café"), new StrengthEvidence("explaining things simply", "I trained six new baristas on the till")],
            sketch.Inputs.Evidence);
        Assert.Equal("Sam Lee", (await coach.ProfileAsync())!.DisplayName);
    }

    [Fact]
    public async Task TheDraftCanBeReplacedWithTheUsersOwnWords()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("sketch");
        await coach.Client.Send("skip");
        await coach.Client.Send("ten years in retail banking");
        await coach.Client.Send("listening, numbers");
        await coach.Client.Send("I handled customer complaints at the branch");
        await coach.Client.Send("I balanced the branch accounts every month");
        await coach.Client.Send("skip");

        await coach.Client.Press("edit").AssertReply("Send me your version");
        await coach.Client.Send("I spent ten years in retail banking and I'm good with people and numbers.")
            .AssertReply<CardReply>(card => card.Title == "Saved: your 30-second sketch");

        BackgroundSketch sketch = (await coach.ProfileAsync())!.Sketch!;
        Assert.Equal("I spent ten years in retail banking and I'm good with people and numbers.", sketch.Text);
        Assert.NotEqual(sketch.Text, sketch.GeneratedText);
        Assert.Null(sketch.Inputs.Education);
    }

    [Fact]
    public async Task ADraftPastHalfAMinuteSaysSoAndAskingForItShorterOpensTheEdit()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("sketch");
        await coach.Client.Send("accounting degree from manchester, then ACA");
        await coach.Client.Send("8 years in external audit at a big four firm, mostly retail clients");
        await coach.Client.Send("interviewing people who dont want to talk to me, spotting patterns in messy data, writing clear reports");
        await coach.Client.Send("walking store managers through stock count differences they didnt want to admit");
        await coach.Client.Send("found a £2m inventory error through trend analysis");
        await coach.Client.Send("my audit reports went to the board, the chair said they were the only ones she actually read");
        await coach.Client.Send("moving into ux research, possibly via a bootcamp")
            .AssertReply<CardReply>(card => card.Title == "Here's a first draft")
            .AssertReply("runs past the half minute people expect");

        await coach.Client.Send("its a bit long, can you make it shorter?").AssertReply("Send me your shorter version");
    }

    [Fact]
    public async Task ASavedSketchIsShownAndCanBeEditedLater()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with
        {
            Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Education = "a nursing diploma" }),
        });

        await coach.Client.Send("sketch")
            .AssertReply<CardReply>(card => card.Title == "Your 30-second sketch" && card.ToPlainText().Contains("nursing diploma", StringComparison.Ordinal))
            .AssertReply("Keep it, edit it");
        await coach.Client.Send("edit it");
        await coach.Client.Send("My own words now.").AssertReply<CardReply>();

        Assert.Equal("My own words now.", (await coach.ProfileAsync())!.Sketch!.Text);
    }

    [Fact]
    public async Task BuildingANewOneAsksTheQuestionsAgain()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with
        {
            Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Education = "a nursing diploma" }),
        });
        await coach.Client.Send("sketch");

        await coach.Client.Press("rebuild").AssertReply("30-second version").AssertReply("education");
    }

    [Fact]
    public async Task CancellingAnUnsavedDraftAsksToConfirm()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("sketch");
        await coach.Client.Send("a degree in history");

        await coach.Client.Send("stop").AssertReply("aren't saved yet");
    }

    [Fact]
    public async Task ASketchWithoutGoalsStillSaves()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("sketch");
        await coach.Client.Send("a degree in history");
        await coach.Client.Send("museum volunteering");
        await coach.Client.Send("research, writing");
        await coach.Client.Send("I catalogued a donated archive of letters");
        await coach.Client.Send("I wrote the exhibition labels");
        await coach.Client.Send("archives work");
        await coach.Client.Send("keep it");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.NotNull(profile.Sketch);

        await coach.Client.Send("goal").AssertReply("set your goals");
    }
}
