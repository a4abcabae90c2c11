using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// What a user sees, read by the exact rules without the model, for a tie said without the usual tie words, the
/// writer opening with their own name, the contact's place said by someone else, a few job asks and non-asks, and
/// lines that speak of the contact through the writer ("he tells me you're ...", "great to see you leading ...").
/// </summary>
public sealed class EmailTiesAndPlacesTests
{
    [Theory]
    [InlineData("My thesis director, Professor Michel Garcia, was your colleague at the CEA.", true)]
    [InlineData("I am your junior from IIT Kharagpur, 2019 batch, Mechanical department.", true)]
    [InlineData("I am a junior of yours from the Kyoto University Go club, three years after you.", true)]
    [InlineData("I was your intern at Ogilvy Mumbai in the summer of 2015.", true)]
    [InlineData("I am Rahul Sharma, a final year student of computer science from VIT Vellore.", false)]
    [InlineData("I have read your article on battery recycling with great interest.", false)]
    [InlineData("Ellie from the Leeds climbing club reckoned you wouldn't mind a message from me.", true)]
    [InlineData("Tariq Aziz thinks you'd be the best person to ask about batteries.", true)]
    [InlineData("LinkedIn says you've moved to Northvolt recently.", false)]
    public void ConnectionFindingReadsTheFirstSentence(string firstSentence, bool connection)
    {
        string email = $"Dear Dr Fontaine,\n\n{firstSentence} I would love to hear how you see the future of energy storage. Would you have 20 minutes for a call?\n\nBest,\nNicolas Petit";

        CheckFinding finding = Find(email, CheckRuleIds.ConnectionFirst);

        Assert.True(finding.Passed == connection, $"{firstSentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I can send my CV, should you want to see it.", false)]
    [InlineData("I'd be happy to share my résumé if it helps.", false)]
    [InlineData("If there's ever room for a junior on the brand side, I'd love to throw my hat in the ring.", true)]
    [InlineData("Kindly let me know whether your organisation has any requirement for a profile like mine.", true)]
    [InlineData("Would it be possible to make this stage in your team?", true)]
    [InlineData("I'd love to be in the mix if your team grows.", true)]
    public void JobAskFindingTellsAnOfferFromAnAsk(string sentence, bool asks)
    {
        string email = $"Dear Ms Rao,\n\nWe both studied history at Leeds. {sentence} Would you have 20 minutes for a call in the next few weeks?\n\nBest wishes,\nSam Lee";

        CheckFinding finding = Find(email, CheckRuleIds.NoJobAsk);

        Assert.True(finding.Passed != asks, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I heard from our club adviser that you are in charge of signalling design at Hitachi Rail.")]
    [InlineData("I heard from our circle's senior that you work in the marketing division of Rakuten.")]
    [InlineData("Ben mentioned you're a program officer on the Gates Foundation's agricultural development team.")]
    [InlineData("Our mutual friend Dani Ortiz mentioned you've spent a decade in fire management with the U.S. Forest Service.")]
    [InlineData("As a UX researcher at a children's hospital, you're doing exactly what I hope to do.")]
    [InlineData("I heard from my mother that you're now on the signalling staff for Network Rail.")]
    [InlineData("It has been great watching you go from the graduate scheme to a signalling design lead role.")]
    public void ContactsPlaceSaidThroughOthersCountsAsTheNarrowHalf(string sentence)
    {
        string email = $"Dear Mr Ito,\n\nWe were in the same tennis circle at Hokkaido University. {sentence} I am very interested in the railway industry and in transport more broadly. Could you spare 20 minutes for a call?\n\nBest regards,\nHaruka Sato";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.True(finding.Passed, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I'd love to hear how you moved into a more senior role over the years.")]
    [InlineData("I have two offers of postdoc positions in Europe and cannot choose.")]
    public void NoLevelOfRoleOrOfferOfTheWritersIsTheContactsPlace(string sentence)
    {
        string email = $"Dear Mr Ito,\n\nWe were in the same tennis circle at Hokkaido University. {sentence} I am very interested in the railway industry and in transport more broadly. Could you spare 20 minutes for a call?\n\nBest regards,\nHaruka Sato";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.False(finding.Passed, sentence);
    }

    [Theory]
    [InlineData("Would there be space for a 20-minute call with you before the summer?", true)]
    [InlineData("I want to kindly ask if you could spare 20 minutes for a call before the summer?", true)]
    [InlineData("I was wondering whether there would be space for a 20-minute call with you before the summer.", false)]
    public void RequestFindingReadsTheRequestsOwnQuestionMark(string request, bool question)
    {
        string email = $"Dear Mr Ito,\n\nWe were in the same tennis circle at Hokkaido University. I would love to hear about your signalling work. {request}\n\nBest regards,\nHaruka Sato";

        CheckFinding finding = Find(email, CheckRuleIds.RequestIsQuestion);

        Assert.True(finding.Passed == question, $"{request} -> {finding.Message}");
    }

    [Fact]
    public void NarrowAndBroadStillAsksForTheContactsPlaceWhenOnlyTheFieldIsNamed()
    {
        const string email = "Dear Mr Ito,\n\nWe were in the same tennis circle at Hokkaido University. I heard from our club adviser that you enjoy your work. I am very interested in the railway industry and in transport more broadly. Could you spare 20 minutes for a call?\n\nBest regards,\nHaruka Sato";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.False(finding.Passed);
        Assert.Contains("their own team, role or organisation", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It's great to see you now leading the design research group at Mayo Clinic after so many years in consumer products.")]
    [InlineData("As head of circular economy at Veolia for many years now, you have seen the whole sector change around you.")]
    public void LinesAboutTheContactThroughTheWriterCountForThem(string sentence)
    {
        // Without the line, the writer's two sentences outweigh the contact's one.
        string email = $"Hi Rosa,\n\nWe overlapped at IDEO's Chicago studio back in 2018. I have spent six years designing retail apps. I now want to move into healthcare. {sentence} Might a 20-minute call work for you?\n\nThanks,\nLeah Kim";

        CheckFinding finding = Find(email, CheckRuleIds.AboutTheContact);

        Assert.True(finding.Passed, $"{sentence} -> {finding.Message}");
    }

    private static CheckFinding Find(string email, string ruleId) =>
        OutreachEmailChecker.Check(email).Findings.Single(f => f.RuleId == ruleId);
}
