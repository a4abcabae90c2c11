using InterviewCoach.Coaching.Rehearsal;
using static InterviewCoach.Coaching.Rehearsal.CheckRuleIds;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class SpokenCheckerTests
{
    public static TheoryData<string, string, string[], string[]> Openings => new()
    {
        {
            "a full opening",
            "Thanks so much for seeing me. As I said on the phone, I'm exploring a move into hospital pharmacy. " +
            "I'm not here looking for a job, only to learn from how you got here.",
            [ThanksThem, RestatesPurpose, SaysNotAJob, NoJobAsk], []
        },
        {
            "an opening that skips the thanks",
            "Right, so I'm researching hospital pharmacy, and I'm not after a job, I'd love your perspective.",
            [RestatesPurpose, SaysNotAJob], [ThanksThem]
        },
        {
            "an opening that turns into a job ask",
            "Thank you for your time today. I'm researching hospital pharmacy, and are there any vacancies in your team?",
            [ThanksThem, RestatesPurpose], [NoJobAsk, SaysNotAJob]
        },
        { "an empty opening", "", [], [ThanksThem, RestatesPurpose, SaysNotAJob, NoJobAsk] },
    };

    public static TheoryData<string, string, string[], string[]> ReferralAsks => new()
    {
        {
            "a full referral ask",
            "I really appreciate your time today. Who else would you recommend I speak to? And would it be okay if I mention your name when I contact them?",
            [ThanksThem, AsksWhoElse, AsksToMentionThem, NoJobAsk], []
        },
        {
            "a referral ask that forgets to ask about using their name",
            "Thank you, this was great. Is there anybody else in the sector I should reach out to?",
            [ThanksThem, AsksWhoElse], [AsksToMentionThem]
        },
        {
            "a referral ask that slides into asking for work",
            "Thanks again. Do you know someone else I could talk to, or is your company hiring?",
            [ThanksThem, AsksWhoElse], [NoJobAsk, AsksToMentionThem]
        },
    };

    [Theory]
    [MemberData(nameof(Openings))]
    public void ExampleOpeningGetsTheExpectedFindings(string example, string opening, string[] passes, string[] fails)
    {
        PitchReport report = MeetingOpeningChecker.Check(opening);

        RuleAssert.Outcomes(example, report.Findings, passes, fails);
        Assert.True(MeetingOpeningChecker.Check(report.Rewrite).Findings.All(f => f.Passed), report.Rewrite);
    }

    [Theory]
    [MemberData(nameof(ReferralAsks))]
    public void ExampleReferralAskGetsTheExpectedFindings(string example, string ask, string[] passes, string[] fails)
    {
        PitchReport report = ReferralAskChecker.Check(ask);

        RuleAssert.Outcomes(example, report.Findings, passes, fails);
        Assert.True(ReferralAskChecker.Check(report.Rewrite).Findings.All(f => f.Passed), report.Rewrite);
    }

    [Fact]
    public void OpeningRewriteKeepsTheFieldFromTheDraft()
    {
        PitchReport report = MeetingOpeningChecker.Check("Hi. I'm exploring marine biology. Do you have any internships?");

        Assert.Contains("researching marine biology", report.Rewrite, StringComparison.Ordinal);
    }
}
