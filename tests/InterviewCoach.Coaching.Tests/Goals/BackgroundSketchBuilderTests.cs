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
        Assert.Contains("Analysing data is one of my strengths: I built a tracker in Excel, i.e. a sheet", text, StringComparison.Ordinal);
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
    public void VeryLongInputsKeepOnlyTheShortOpenerAndNoFitSentence()
    {
        var inputs = s_typical with
        {
            Experience = "eleven years in retail banking, first as a cashier, then as a branch supervisor and finally as a regional trainer who designed the onboarding programme for new staff across the north of England",
        };

        string text = BackgroundSketchBuilder.Build(inputs).GeneratedText;

        Assert.DoesNotContain("quick picture", text, StringComparison.Ordinal);
        Assert.DoesNotContain("honest view", text, StringComparison.Ordinal);
        Assert.StartsWith("A quick word on my background, so your advice can fit. My education includes", text, StringComparison.Ordinal);
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

    [Fact]
    public void ChatTypingIsMendedAndAnExampleToldInThePastGetsItsI()
    {
        var inputs = new BackgroundSketchInputs
        {
            Experience = "8 years in external audit at a big four firm",
            ConsideringNext = "moving into ux research, maybe a bootcamp first but idk",
            Evidence =
            [
                new StrengthEvidence("interviewing people who dont want to talk to me lol", "walking store managers through stock counts they didnt want to admit"),
                new StrengthEvidence("spotting patterns in messy data", "found a £2m inventory error through trend analysis"),
            ],
        };

        string text = BackgroundSketchBuilder.Build(inputs, "UX research").GeneratedText;

        Assert.Contains("Interviewing people who don't want to talk to me is one of my strengths", text, StringComparison.Ordinal);
        Assert.Contains("they didn't want to admit", text, StringComparison.Ordinal);
        Assert.Contains("Another is spotting patterns in messy data: I found a £2m inventory error", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lol", text, StringComparison.Ordinal);
        Assert.Contains("Next, I'm considering moving into UX research, maybe a bootcamp first.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnswersOpeningOkAbbreviatedYearsAndALowerCaseDegreeAreMended()
    {
        var inputs = new BackgroundSketchInputs
        {
            Education = "bsc nursing from manipal, 2017",
            Experience = "6 years in the ICU, last 2 yrs also super user for the EMR",
            Evidence = [new StrengthEvidence("attention to detail", "ok i double check all medication orders, caught a wrong dose once")],
        };

        string text = BackgroundSketchBuilder.Build(inputs, "health informatics").GeneratedText;

        Assert.Contains("BSc nursing", text, StringComparison.Ordinal);
        Assert.Contains("last 2 years also", text, StringComparison.Ordinal);
        Assert.Contains("I double check all medication orders", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ok I", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("staying calm in emergencies", "front desk running alone")]
    [InlineData("teaching new nurses the system", "new starters")]
    [InlineData("explaining things simply", "new starters")]
    [InlineData("attention to detail", "pricing error")]
    [InlineData("woodworking", "survey analysis")]
    public void TheExampleOfProofIsOfTheStrengthsKind(string strength, string expected) =>
        Assert.Contains(expected, StrengthEvidenceDialog.ExampleFor(strength), StringComparison.Ordinal);

    [Theory]
    [InlineData("i found a error in the accounts", "I found an error in the accounts")]
    [InlineData("did a online course in ux, then a internship", "did an online course in UX, then an internship")]
    [InlineData("automated reports in excel with power query and power  bi", "automated reports in Excel with Power Query and Power BI")]
    [InlineData("ran a usability test with a user group", "ran a usability test with a user group")]
    [InlineData("a university course, a one-year contract, a european grant", "a university course, a one-year contract, a european grant")]
    [InlineData("plan a or b", "plan a or b")]
    [InlineData("a 2 hr shift in hr", "a 2 hr shift in HR")]
    [InlineData("teaching english language, a pgde and a udemy course", "teaching English language, a PGDE and a Udemy course")]
    [InlineData("i polish the slides for the french team", "I polish the slides for the French team")]
    public void ToolsAreWrittenAsOnACvAndAnStandsBeforeAVowel(string typed, string expected) =>
        Assert.Equal(expected, ChatTypos.Mend(typed));

    [Theory]
    [InlineData("a ba in history from york", "a BA in history")]
    [InlineData("well organised events for my society", "well organised events")]
    [InlineData("okay", "okay")]
    [InlineData("ma and pa ran a shop, I did the books", "ma and pa ran a shop")]
    public void MendingLeavesWordsThatAreOnlyLikeChatTypingAlone(string typed, string expected) =>
        Assert.StartsWith(expected, ChatTypos.Mend(typed), StringComparison.Ordinal);

    [Fact]
    public void ALongBackgroundKeepsTheOpenerAndTheCloseInTheirShortForms()
    {
        var inputs = new BackgroundSketchInputs
        {
            Education = "accounting degree from Manchester, then ACA",
            Experience = "8 years in external audit at a big four firm, mostly retail clients",
            Evidence =
            [
                new StrengthEvidence("interviewing reluctant people", "walking store managers through stock count differences they didn't want to admit"),
                new StrengthEvidence("spotting patterns in messy data", "found a £2m inventory error through trend analysis"),
                new StrengthEvidence("writing clear reports", "my audit reports went to the board, the chair said they were the only ones she read"),
            ],
            ConsideringNext = "moving into UX research, possibly via a bootcamp",
        };

        string text = BackgroundSketchBuilder.Build(inputs, "UX research").GeneratedText;

        Assert.StartsWith("A quick word on my background, so your advice can fit.", text, StringComparison.Ordinal);
        Assert.EndsWith("I'd like to understand UX research from people who do it.", text, StringComparison.Ordinal);
    }
}
