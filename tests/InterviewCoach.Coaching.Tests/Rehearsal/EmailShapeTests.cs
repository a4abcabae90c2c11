using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// The findings a user sees for an outreach email whose one telling sentence the exact rules read without the model: a
/// résumé handed over or only offered, and a job asked for with no job word.
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

    [Theory]
    [InlineData("I would love to become part of your design team one day.", true)]
    [InlineData("I'd be glad to offer my skills to your lab whenever the need arises.", true)]
    [InlineData("Could you help me get into Arup in some capacity?", true)]
    [InlineData("I'd be grateful to be considered when the team grows.", true)]
    [InlineData("Please keep my profile in mind for the autumn.", true)]
    [InlineData("Would you be willing to put my name forward to the partners?", true)]
    [InlineData("Could you let me know who handles recruitment in your office?", true)]
    [InlineData("Is there any chance for someone like me in your unit?", true)]
    [InlineData("Would it be possible to do my residency in your hospital?", true)]
    [InlineData("I would really appreciate a referral.", true)]
    [InlineData("Is there any way you could sneak me in at your place?", true)]
    [InlineData("If someone on your side is looking for profiles like mine, could you pass them my CV?", true)]
    [InlineData("Would you mind flagging my profile to your recruiters?", true)]
    [InlineData("Would it be possible to do my industrial attachment in your section next term?", true)]
    [InlineData("If a junior spot ever frees up in your group, I'd be grateful for a heads-up.", true)]
    [InlineData("If you felt able to put in a good word with your manager, that would mean a lot.", true)]
    [InlineData("It would be much appreciated if my profile could reach any contacts in the sector who may be hiring.", true)]
    [InlineData("Could you get me in touch with someone who works in audit?", false)]
    [InlineData("Could you get me in for a coffee with your director?", false)]
    [InlineData("Could you tell me how often junior spots open up in the field?", false)]
    [InlineData("Happy to send my CV over if that helps you see where I'm at.", false)]
    [InlineData("I'd love to hear what it is like to join Arup as a graduate.", false)]
    [InlineData("I'd love to hear how graduates manage to get into Arup.", false)]
    [InlineData("I'm curious how you came to join Arup.", false)]
    [InlineData("Could I join you for a coffee next week?", false)]
    [InlineData("I would love to join your webinar on river restoration.", false)]
    [InlineData("I'd love to bring my questions to your office hours.", false)]
    [InlineData("You may remember me from the alumni dinner.", false)]
    [InlineData("I'm not asking to join your team; I only want your view of the field.", false)]
    [InlineData("I'd like your advice on how best to present my CV to recruiters in this field.", false)]
    [InlineData("Could you pass my name to anyone else worth a chat?", false)]
    public void JobAskFindingFailsOnAJobAskWithNoJobWord(string sentence, bool asks)
    {
        CheckFinding finding = Finding(sentence, CheckRuleIds.NoJobAsk);

        Assert.True(finding.Passed != asks, $"{sentence} -> {finding.Message}");
    }

    // The sentence inside an otherwise plain request, checked by the exact rules alone.
    private static CheckFinding Finding(string sentence, string ruleId)
    {
        string email = $"Dear Ms Rao,\n\nWe both studied history at Leeds. {sentence} Would you have 20 minutes for a call in the next few weeks?\n\nBest wishes,\nSam Lee";
        return OutreachEmailChecker.Check(email).Findings.Single(f => f.RuleId == ruleId);
    }
}
