using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// The findings a user sees for an outreach email whose one telling sentence the exact rules read without the model: a
/// résumé handed over or only offered.
/// </summary>
public sealed class EmailShapeTests
{
    [Theory]
    [InlineData("My résumé is attached.", true)]
    [InlineData("Please see my CV, which I have attached below.", true)]
    [InlineData("I'm sending you my CV with this message.", true)]
    [InlineData("You will find enclosed my curriculum vitae.", true)]
    [InlineData("Please find joined my CV.", true)]
    [InlineData("If it saves you time, I've attached my CV.", true)]
    [InlineData("I'm not after a position, and I have enclosed my CV only as background.", true)]
    [InlineData("Would you look over my attached résumé?", true)]
    [InlineData("I have a question about my résumé. I've attached it.", true)]
    [InlineData("I could attach my CV if that would help.", false)]
    [InlineData("Happy to attach my résumé whenever useful.", false)]
    [InlineData("My CV can follow as an attachment if you would like it.", false)]
    [InlineData("I haven't attached my CV, since this is only about your experience.", false)]
    [InlineData("I have not enclosed a résumé.", false)]
    [InlineData("I've attached a sample of my writing.", false)]
    [InlineData("A CV is available on request.", false)]
    [InlineData("I joined the firm after rewriting my CV.", false)]
    public void ResumeFindingFailsOnlyWhenTheResumeIsSaidToBeWithTheEmail(string sentence, bool attached)
    {
        CheckFinding finding = Finding(sentence, CheckRuleIds.NoResumeAttached);

        Assert.True(finding.Passed != attached, $"{sentence} -> {finding.Message}");
    }

    // The sentence inside an otherwise plain request, checked by the exact rules alone.
    private static CheckFinding Finding(string sentence, string ruleId)
    {
        string email = $"Dear Ms Rao,\n\nWe both studied history at Leeds. {sentence} Would you have 20 minutes for a call in the next few weeks?\n\nBest wishes,\nSam Lee";
        return OutreachEmailChecker.Check(email).Findings.Single(f => f.RuleId == ruleId);
    }
}
