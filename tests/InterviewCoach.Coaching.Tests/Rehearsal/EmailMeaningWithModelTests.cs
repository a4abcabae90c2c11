using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Tests.Understanding;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// What a user sees from the email check with the real sentence model: a tie said not to exist or an opening that
/// only describes the writer, a CV handed over with no post asked for, a field named after "understand" or
/// "interested by", the contact's team named through "a team like yours at ...", the writer's own team said with
/// "I'm on", and a hedge ("I must say") inside a line about the contact.
/// </summary>
public sealed class EmailMeaningWithModelTests(MeaningCheckerTests.LoadedModel model) : IClassFixture<MeaningCheckerTests.LoadedModel>
{
    private readonly ISentenceEmbedder _model = model.Embedder;

    [Theory]
    [InlineData("We haven't met, and I don't think we know anyone in common.", false)]
    [InlineData("We've never met and there's nobody in common between us, as far as I know.", false)]
    [InlineData("Although we've never met, we both rowed for Durham.", true)]
    [InlineData("I am a final year student of Electrical Engineering at the University of Ibadan, and energy is my passion.", false)]
    [InlineData("I'm a fellow Spelman alumna (class of 2018).", true)]
    public void ConnectionFindingDoesNotCountATieSaidNotToExistOrTheWriterDescribed(string firstSentence, bool connection)
    {
        string email = $"Dear Ms Brandt,\n\n{firstSentence} I'd love to hear how you see the future of maritime insurance. Could you spare 20 minutes for a call?\n\nBest,\nJonas Berg";

        CheckFinding finding = Find(email, CheckRuleIds.ConnectionFirst);

        Assert.True(finding.Passed == connection, $"{firstSentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("Please find my CV attached for context.")]
    [InlineData("I join my CV to this message.")]
    [InlineData("My CV is joined to this email, so you know who is writing.")]
    public void AttachingOnesCvIsNotAJobAsk(string sentence)
    {
        string email = $"Dear Mr Haddad,\n\nWe both studied civil engineering at AUB. I'd love to hear how you moved from site work into water policy. {sentence} Would you have 20 minutes for a call?\n\nKind regards,\nRania Khoury";

        CheckFinding finding = Find(email, CheckRuleIds.NoJobAsk);

        Assert.True(finding.Passed, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I would love to understand climate finance better, and your team at Amundi seems the right place to ask.")]
    [InlineData("I am very interested by maritime law, and by the work of your team at the Port of Antwerp.")]
    [InlineData("I'm thinking about a move into analytics consulting, maybe in a team like yours at Accenture.")]
    public void FieldAfterUnderstandOrInterestedByIsTheBroadHalf(string sentence)
    {
        string email = $"Dear Ms Laurent,\n\nWe were both at Sciences Po, a few years apart. {sentence} Could you spare 20 minutes for a call this month?\n\nBest regards,\nClaire Dubois";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.True(finding.Passed, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I'm on the loyalty team at Tesco and keen to move into strategy consulting.")]
    [InlineData("I am a data analyst in the pricing team at Aviva, and I want to move into public health research.")]
    public void WritersOwnTeamSaidWithAmIsNotTheContactsPlace(string sentence)
    {
        string email = $"Dear Mr Shah,\n\nWe were in the same chess club at Warwick. {sentence} What do you wish you had known when you started out? Could we talk for 20 minutes?\n\nThanks,\nPriya Desai";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.False(finding.Passed, sentence);
    }

    [Fact]
    public void AHedgeInsideALineAboutTheContactLeavesItTheirs()
    {
        const string email = "Dear Dr Mensah,\n\nWe both sang in the Oxford Bach Choir. The neonatal unit you lead at St Thomas' is, I must say, the reason that after five years as a midwife I am looking at research. Could I ask how you moved from the ward into running trials, and what you would tell someone starting out? Would 20 minutes on a call be possible?\n\nWarm regards,\nEsi Owusu";

        CheckFinding finding = Find(email, CheckRuleIds.AboutTheContact);

        Assert.True(finding.Passed, finding.Message);
    }

    private CheckFinding Find(string email, string ruleId) =>
        OutreachEmailChecker.Check(email, embedder: _model).Findings.Single(f => f.RuleId == ruleId);
}
