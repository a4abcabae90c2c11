using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class PitchCheckerTests
{
    [Theory]
    [MemberData(nameof(CheckerExamples.Pitches), MemberType = typeof(CheckerExamples))]
    public void ExamplePitchGetsTheExpectedFindings(string example, string pitch, string[] passes, string[] fails)
    {
        PitchReport report = PitchChecker.Check(pitch);

        RuleAssert.Outcomes(example, report.Findings, passes, fails);
    }

    [Theory]
    [MemberData(nameof(CheckerExamples.Pitches), MemberType = typeof(CheckerExamples))]
    public void RewriteOfAnyExamplePassesEveryRule(string example, string pitch, string[] passes, string[] fails)
    {
        _ = passes;
        _ = fails;
        PitchReport report = PitchChecker.Check(pitch);

        PitchReport rewritten = PitchChecker.Check(report.Rewrite);

        // A rewrite cannot invent how the caller got the name: with no referrer or source in the draft, its
        // placeholder line is not a concrete source, as the label definitions require.
        bool draftNamedSource = report.Findings.Single(f => f.RuleId == CheckRuleIds.SaysHowFound).Passed;
        Assert.True(
            rewritten.Findings.All(f => f.Passed || (!draftNamedSource && f.RuleId == CheckRuleIds.SaysHowFound)),
            $"{example}: {string.Join("; ", rewritten.Missing)}\n{report.Rewrite}");
    }

    [Fact]
    public void StrengthsAndMissingMirrorTheFindings()
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam. Can we talk about nursing sometime?");

        Assert.Equal(report.Findings.Count(f => f.Passed), report.Strengths.Count);
        Assert.Equal(report.Findings.Count(f => !f.Passed), report.Missing.Count);
        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.SaysHowFound && !f.Passed);
    }

    [Fact]
    public void AllElevenRulesAreReportedOnceEach()
    {
        PitchReport report = PitchChecker.Check("Hello");

        Assert.Equal(11, report.Findings.Select(f => f.RuleId).Distinct().Count());
        Assert.Equal(11, report.Findings.Count);
    }

    [Fact]
    public void PerfectPitchScoresHundredAndKeepsTheUsersOwnWords()
    {
        string pitch = (string)CheckerExamples.Pitches.First()[1];

        PitchReport report = PitchChecker.Check("  " + pitch + "  ");

        Assert.Equal(100, report.Score);
        Assert.Equal(pitch, report.Rewrite);
        Assert.Empty(report.Missing);
    }

    [Fact]
    public void AskingForAJobCostsMoreThanAFewFillers()
    {
        string pitch = (string)CheckerExamples.Pitches.First()[1];

        int withJobAsk = PitchChecker.Check(pitch + " Also, are you hiring?").Score;
        int withFillers = PitchChecker.Check(pitch.Replace("I know", "Um, like, I just, um, know", StringComparison.Ordinal)).Score;

        Assert.True(withJobAsk < withFillers, $"{withJobAsk} vs {withFillers}");
    }

    [Fact]
    public void WordCountAndSpeakingTimeUseOneHundredFiftyWordsAMinute()
    {
        string pitch = string.Join(' ', Enumerable.Repeat("word", 75));

        PitchReport report = PitchChecker.Check(pitch);

        Assert.Equal(75, report.WordCount);
        Assert.Equal(30, report.EstimatedSeconds);
    }

    [Fact]
    public void FillersAreCountedButLikeAsAVerbIsNot()
    {
        PitchReport report = PitchChecker.Check("I'd like to meet, um, and I would like to, like, learn what kind of work you do, you know.");

        Assert.Equal(3, report.FillerCount);
    }

    [Fact]
    public void RewriteUsesTheProfileAndContactWhenGiven()
    {
        PitchReport report = PitchChecker.Check("Are you hiring?", Samples.Profile(), Samples.ReferredContact());

        Assert.StartsWith("Hello Maria, my name is Sam Lee. Priya Shah suggested I give you a call.", report.Rewrite, StringComparison.Ordinal);
        Assert.Contains("pediatric nursing", report.Rewrite, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RewriteKeepsTheConnectionTheUserGaveInsteadOfAGenericOne(bool withModel)
    {
        InterviewCoach.Coaching.Understanding.MiniLmSentenceEmbedder? model = withModel ? InterviewCoach.Coaching.Understanding.MiniLmSentenceEmbedder.Shared : null;
        Assert.True(model?.Load() ?? true);
        const string Said = "Hi Priya, this is Aisha Bello, we were both at Leeds University. Is now an ok time? I am moving out of teaching and trying to learn what "
            + "instructional design is really like day to day. I am not after a job, just your advice. Could we grab 20 minutes next week, whenever works for you?";

        PitchReport report = PitchChecker.Check(Said, embedder: model);

        Assert.Contains("You explain how you came to call them.", report.Strengths);
        Assert.Contains("We were both at Leeds University.", report.Rewrite, StringComparison.Ordinal);
        Assert.DoesNotContain("I came across your name", report.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void RewriteKeepsTheNamesFoundInTheDraft()
    {
        PitchReport report = PitchChecker.Check("My name is Jordan Reyes and Amira Haddad suggested I call. I'm researching occupational therapy. Any jobs going?");

        Assert.Contains("my name is Jordan Reyes", report.Rewrite, StringComparison.Ordinal);
        Assert.Contains("Amira Haddad suggested", report.Rewrite, StringComparison.Ordinal);
        Assert.Contains("researching occupational therapy", report.Rewrite, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("😀🙏🎉 👍")]
    [InlineData("你好，我叫李明。我想了解护理行业，可以聊二十分钟吗？")]
    [InlineData("Hola, me llamo Ana García. ¿Tiene un momento? Estoy investigando el sector de la enfermería.")]
    [InlineData("?!?!... ,,, ---")]
    [InlineData("I'm not not not not not not not not a job")]
    public void OddInputNeverThrowsAndScoresWithinRange(string input)
    {
        PitchReport report = PitchChecker.Check(input);

        Assert.InRange(report.Score, 0, 100);
        Assert.Equal(11, report.Findings.Count);
        Assert.False(string.IsNullOrWhiteSpace(report.Rewrite));
    }

    [Fact]
    public void TenThousandCharacterPasteIsCheckedQuickly()
    {
        string pitch = (string)CheckerExamples.Pitches.First()[1];
        string paste = string.Concat(Enumerable.Repeat(pitch + " ", (10_000 / pitch.Length) + 1))[..10_000];

        var watch = System.Diagnostics.Stopwatch.StartNew();
        PitchReport report = PitchChecker.Check(paste);
        watch.Stop();

        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.SpeakingLength && !f.Passed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    [Fact]
    public void NullTranscriptIsTreatedAsEmpty()
    {
        PitchReport report = PitchChecker.Check(null);

        Assert.Equal(0, report.Score);
        Assert.Equal(0, report.WordCount);
    }
}
