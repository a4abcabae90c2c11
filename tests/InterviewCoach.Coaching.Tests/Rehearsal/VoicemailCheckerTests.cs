using InterviewCoach.Coaching.Rehearsal;
using static InterviewCoach.Coaching.Rehearsal.CheckRuleIds;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class VoicemailCheckerTests
{
    public static TheoryData<string, string, string[], string[]> Voicemails => new()
    {
        {
            "a complete voicemail",
            "Hi Ms Tran, this is Alex Kim. Ben Ortiz gave me your number. I'm exploring service design and would value " +
            "your advice. My number is 555-013-2277, that's 555-013-2277. I'll try you again on Thursday morning.",
            [IntroducesSelf, GivesNumber, SaysHowFound, SaysWhenCallingBack, NoJobAsk, SpeakingLength], []
        },
        {
            "a voicemail that asks them to call back and leaves no number",
            "Hi, it's Alex Kim. Ben Ortiz gave me your number. Please give me a call back when you can, thanks.",
            [IntroducesSelf, SaysHowFound], [GivesNumber, SaysWhenCallingBack]
        },
        {
            "a voicemail that asks about vacancies",
            "Hello, this is Alex Kim on 07700 900456. Do you have any vacancies? I'll call you tomorrow.",
            [IntroducesSelf, GivesNumber, SaysWhenCallingBack], [NoJobAsk, SaysHowFound]
        },
    };

    [Theory]
    [MemberData(nameof(Voicemails))]
    public void ExampleVoicemailGetsTheExpectedFindings(string example, string voicemail, string[] passes, string[] fails)
    {
        PitchReport report = VoicemailChecker.Check(voicemail, Samples.Now);

        RuleAssert.Outcomes(example, report.Findings, passes, fails);
    }

    [Fact]
    public void RewriteKeepsTheNumberFromTheDraftAndPassesEveryRule()
    {
        PitchReport report = VoicemailChecker.Check("Hello, this is Alex Kim on 07700 900456. Do you have any vacancies?", Samples.Now);

        Assert.Contains("07700 900456", report.Rewrite, StringComparison.Ordinal);
        Assert.Contains("on Monday", report.Rewrite, StringComparison.Ordinal);
        // The draft names no referrer or source, so the rewrite's "came across your name" cannot count as one.
        Assert.True(VoicemailChecker.Check(report.Rewrite, Samples.Now).Findings.All(f => f.Passed || f.RuleId == CheckRuleIds.SaysHowFound), report.Rewrite);
    }

    [Fact]
    public void GeneratedVoicemailPassesTheVoicemailChecker()
    {
        ScriptDraft voicemail = AskScriptBuilder.BuildVoicemail(Samples.Profile(), Samples.ReferredContact(), Samples.Now);

        PitchReport report = VoicemailChecker.Check(voicemail.Text, Samples.Now);

        Assert.True(report.Findings.All(f => f.Passed), string.Join("; ", report.Missing));
    }

    [Theory]
    [InlineData("")]
    [InlineData("📞📞📞 1234567890123456789012345678901234567890")]
    public void OddInputNeverThrows(string input)
    {
        PitchReport report = VoicemailChecker.Check(input, Samples.Now);

        Assert.InRange(report.Score, 0, 100);
    }
}
