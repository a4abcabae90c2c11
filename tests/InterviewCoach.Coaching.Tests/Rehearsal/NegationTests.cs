using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>"Not a job" must never be read as asking for one, and a denial must not hide a real ask.</summary>
public sealed class NegationTests
{
    [Theory]
    [InlineData("I'm not looking for a job.")]
    [InlineData("I’m NOT asking for a job, only advice.")]
    [InlineData("I'm not, like, looking for a job.")]
    [InlineData("I won't be asking you for a position.")]
    [InlineData("I'd like your advice rather than a job.")]
    [InlineData("I'm here for information instead of any openings.")]
    [InlineData("This isn't about a job at all.")]
    public void DenyingAJobAskIsNotAJobAsk(string sentence)
    {
        PitchReport report = PitchChecker.Check(sentence);

        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.NoJobAsk && f.Passed);
        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.SaysNotAJob && f.Passed);
    }

    [Theory]
    [InlineData("I'm not looking for a job, but are you hiring?")]
    [InlineData("I don't know anyone in the field and I'm looking for a job.")]
    [InlineData("No pressure. Do you have any vacancies?")]
    [InlineData("Could you forward my CV to your hiring manager?")]
    [InlineData("Is your team recruiting at the moment?")]
    [InlineData("I'm applying for a role there next month.")]
    public void RealJobAskIsCaughtEvenNextToADenial(string sentence)
    {
        PitchReport report = PitchChecker.Check(sentence);

        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.NoJobAsk && !f.Passed);
    }

    [Theory]
    [InlineData("I'd love to learn how people get jobs in this field.")]
    [InlineData("Do you have a minute? I'm researching the work you do.")]
    [InlineData("I'm looking for advice on the training route.")]
    public void MentioningJobsWithoutAskingIsFine(string sentence)
    {
        PitchReport report = PitchChecker.Check(sentence);

        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.NoJobAsk && f.Passed);
    }
}
