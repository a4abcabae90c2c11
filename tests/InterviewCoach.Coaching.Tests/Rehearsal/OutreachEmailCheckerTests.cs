using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class OutreachEmailCheckerTests
{
    [Theory]
    [MemberData(nameof(CheckerExamples.Emails), MemberType = typeof(CheckerExamples))]
    public void ExampleEmailGetsTheExpectedFindings(string example, string email, string[] passes, string[] fails)
    {
        EmailReport report = OutreachEmailChecker.Check(email);

        RuleAssert.Outcomes(example, report.Findings, passes, fails);
    }

    [Theory]
    [MemberData(nameof(CheckerExamples.Emails), MemberType = typeof(CheckerExamples))]
    public void RewriteOfAnyExamplePassesEveryRule(string example, string email, string[] passes, string[] fails)
    {
        _ = passes;
        _ = fails;
        EmailReport report = OutreachEmailChecker.Check(email);

        EmailReport rewritten = OutreachEmailChecker.Check(report.Rewrite);

        // A rewrite built without a profile or contact cannot name the contact's team or a shared connection.
        Assert.True(
            rewritten.Findings.All(f => f.Passed || f.RuleId is CheckRuleIds.ConnectionFirst or CheckRuleIds.NamesNarrowAndBroad),
            $"{example}: {string.Join("; ", rewritten.Missing)}\n{report.Rewrite}");
    }

    [Fact]
    public void PronounShareCountsYouWordsAgainstIWords()
    {
        EmailReport report = OutreachEmailChecker.Check("I think you're right, and your team agrees with me. You've been kind.");

        Assert.Equal(3, report.SecondPersonCount);
        Assert.Equal(2, report.FirstPersonCount);
        Assert.Equal(0.6, report.AboutContactShare);
    }

    [Fact]
    public void SeventyFiveWordsIsOneTooMany()
    {
        string words74 = string.Join(' ', Enumerable.Repeat("you", 74));

        Assert.Contains(OutreachEmailChecker.Check(words74).Findings, f => f.RuleId == CheckRuleIds.EmailLength && f.Passed);
        Assert.Contains(OutreachEmailChecker.Check(words74 + " you").Findings, f => f.RuleId == CheckRuleIds.EmailLength && !f.Passed);
    }

    [Fact]
    public void RewriteUsesTheProfileAndContactWhenGiven()
    {
        EmailReport report = OutreachEmailChecker.Check("Can I send you my CV? I need a job.", Samples.Profile(), Samples.ReferredContact());

        Assert.StartsWith("Dear Maria,\n\nPriya Shah suggested I write to you.", report.Rewrite, StringComparison.Ordinal);
        Assert.Contains("pediatric nursing, and healthcare more broadly", report.Rewrite, StringComparison.Ordinal);
        Assert.EndsWith("Sam Lee", report.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandCharactersOfEmojiAndForeignTextDoNotThrow()
    {
        string paste = string.Concat(Enumerable.Repeat("Merci beaucoup 🙏 для вас? ", 400))[..10_000];

        EmailReport report = OutreachEmailChecker.Check(paste);

        Assert.InRange(report.Score, 0, 100);
        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.EmailLength && !f.Passed);
    }
}
