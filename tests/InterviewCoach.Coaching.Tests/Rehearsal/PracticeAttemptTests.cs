using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class PracticeAttemptTests
{
    [Fact]
    public void AttemptFromAReportKeepsScoreFindingsAndContact()
    {
        EmailReport report = OutreachEmailChecker.Check("Hello, are you hiring?");

        PracticeAttempt attempt = PracticeAttempt.FromReport(PracticeKind.Email, "Hello, are you hiring?", report, Samples.Now, "abc");

        Assert.Equal(report.Score, attempt.Score);
        Assert.Equal(report.Findings, attempt.Findings);
        Assert.Equal("abc", attempt.ContactId);
        Assert.Equal(Samples.Now, attempt.PractisedAt);
        Assert.Equal(32, attempt.Id.Length);
    }

    [Theory]
    [InlineData(2025, 3, 14, 2025, 3, 17)] // Friday → Monday
    [InlineData(2025, 3, 15, 2025, 3, 17)] // Saturday → Monday
    [InlineData(2025, 3, 11, 2025, 3, 12)] // Tuesday → Wednesday
    public void NextBusinessDaySkipsTheWeekend(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), BusinessCalendar.NextBusinessDay(new DateOnly(y, m, d)));
    }

    [Fact]
    public void EveryPracticeKindHasItsOwnLabel()
    {
        string[] labels = Enum.GetValues<PracticeKind>().Select(k => k.ToLabel()).ToArray();

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Length, labels.Distinct().Count());
    }
}
