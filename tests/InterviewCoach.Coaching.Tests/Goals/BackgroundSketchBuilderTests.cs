using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Goals;

public sealed class BackgroundSketchBuilderTests
{
    private static readonly BackgroundSketchInputs s_typical = new()
    {
        Education = "a degree in economics",
        Experience = "four years in retail banking",
        Strengths = ["analysis", "explaining complex ideas simply", "staying calm under pressure"],
        ConsideringNext = "moving into public health",
    };

    [Fact]
    public void TypicalInputsMakeAThirtySecondFirstPersonSketch()
    {
        BackgroundSketch sketch = BackgroundSketchBuilder.Build(s_typical, "health policy");

        int words = SpeakingPace.CountWords(sketch.GeneratedText);
        Assert.InRange(words, BackgroundSketchBuilder.TargetMinWords, BackgroundSketchBuilder.TargetMaxWords);
        Assert.InRange(SpeakingPace.EstimateSeconds(words), 24, 36);
        Assert.Contains("My education includes a degree in economics.", sketch.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("My experience so far includes four years in retail banking.", sketch.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("analysis, explaining complex ideas simply and staying calm under pressure", sketch.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("Next, I'm considering moving into public health.", sketch.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("health policy", sketch.GeneratedText, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePronounTypedInLowerCaseIsWrittenAsIButLettersInsideWordsAreLeftAlone()
    {
        var inputs = new BackgroundSketchInputs
        {
            Experience = "8 years teaching maths, and i ran the school's data tracking",
            Evidence =
            [
                new StrengthEvidence("analysing data", "i built a tracker in excel, i.e. a sheet the department used"),
                new StrengthEvidence("explaining numbers", "i'm the one parents ask about progress data"),
            ],
        };

        string text = BackgroundSketchBuilder.Build(inputs).GeneratedText;

        Assert.Contains("and I ran the school's data tracking", text, StringComparison.Ordinal);
        Assert.Contains("Analysing data is one of my strengths: I built a tracker in excel, i.e. a sheet", text, StringComparison.Ordinal);
        Assert.Contains("Another is explaining numbers: I'm the one parents ask", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" i ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CapitalisedAndPunctuatedFragmentsAreTidiedMidSentence()
    {
        var inputs = new BackgroundSketchInputs
        {
            Education = "  A BSc in Biology.  ",
            Strengths = ["Teamwork;", "  SQL  "],
            ConsideringNext = "A master's in data science!",
        };

        string text = BackgroundSketchBuilder.Build(inputs).GeneratedText;

        Assert.Contains("My education includes a BSc in Biology.", text, StringComparison.Ordinal);
        Assert.Contains("The strengths I rely on most are teamwork and SQL.", text, StringComparison.Ordinal);
        Assert.Contains("Next, I'm considering a master's in data science.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("..", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SentencesTheUserAlreadyWroteInFirstPersonAreKept()
    {
        var inputs = new BackgroundSketchInputs
        {
            Education = "i studied history at Leeds University",
            Experience = "worked as a teaching assistant for two years",
            ConsideringNext = "to retrain as a librarian",
        };

        string text = BackgroundSketchBuilder.Build(inputs).GeneratedText;

        Assert.Contains("I studied history at Leeds University.", text, StringComparison.Ordinal);
        Assert.Contains("I worked as a teaching assistant for two years.", text, StringComparison.Ordinal);
        Assert.Contains("Next, I'm hoping to retrain as a librarian.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleStrengthReadsAsSingular()
    {
        string text = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Strengths = ["Listening"] }).GeneratedText;

        Assert.Contains("The strength I rely on most is listening.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThanThreeStrengthsAreCutToThreeAndDuplicatesDropped()
    {
        string text = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Strengths = ["writing", "Writing", "research", "design", "coding", ""] }).GeneratedText;

        Assert.Contains("are writing, research and design.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("coding", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyInputsStillGiveAUsableSketch()
    {
        BackgroundSketch sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Education = "   ", Strengths = [" ", ""] });

        Assert.False(string.IsNullOrWhiteSpace(sketch.GeneratedText));
        Assert.InRange(SpeakingPace.CountWords(sketch.GeneratedText), 30, BackgroundSketchBuilder.TargetMaxWords);
        Assert.DoesNotContain("includes .", sketch.GeneratedText, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryLongInputsDropTheOptionalSentences()
    {
        var inputs = s_typical with
        {
            Experience = "eleven years in retail banking, first as a cashier, then as a branch supervisor and finally as a regional trainer who designed the onboarding programme for new staff across the north of England",
        };

        string text = BackgroundSketchBuilder.Build(inputs).GeneratedText;

        Assert.DoesNotContain("quick picture", text, StringComparison.Ordinal);
        Assert.StartsWith("My education includes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedTextReplacesTheDraftButKeepsIt()
    {
        BackgroundSketch sketch = BackgroundSketchBuilder.Build(s_typical);

        BackgroundSketch edited = sketch.WithEditedText("  My own words.  ");

        Assert.Equal("My own words.", edited.Text);
        Assert.Equal(sketch.GeneratedText, edited.GeneratedText);
        Assert.Equal(sketch.GeneratedText, edited.WithEditedText(" ").Text);
    }

    [Theory]
    [InlineData("maths degree from Leeds, then a PGCE", "My education includes a maths degree from Leeds, then a PGCE.")]
    [InlineData("MSc in data science", "My education includes an MSc in data science.")]
    [InlineData("economics diploma", "My education includes an economics diploma.")]
    [InlineData("two degrees in history", "My education includes two degrees in history.")]
    [InlineData("night classes in design", "My education includes night classes in design.")]
    public void AQualificationNamedWithoutAnArticleGetsOne(string education, string expected)
    {
        string text = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Education = education }).GeneratedText;

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

}
