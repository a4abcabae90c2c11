using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// What a user sees, read by the exact rules without the model: ties said as a shared past or through the contact's
/// own people, the contact's place said in less usual shapes, a question that asks for a post put as the request, the
/// contact's side said to need one more person, and the writer who only reports that the contact is hiring. Each is
/// checked both ways, against a near miss that must keep its old answer.
/// </summary>
public sealed class EmailSharedPastTests
{
    [Theory]
    [InlineData("I'm a 2021 graduate of the Cork Institute of Technology, same as you.", true)]
    [InlineData("We've actually both sung with the Bristol Bach Choir for years.", true)]
    [InlineData("We chatted briefly after the Bath housing conference last spring.", true)]
    [InlineData("Your brother Tomás and I share an allotment in Didsbury.", true)]
    [InlineData("I'm a friend of your niece Priya from my Pune days.", true)]
    [InlineData("We could both gain from a wider debate on bridge safety, I think.", false)]
    [InlineData("We've never talked before, but I admire your bridge designs.", false)]
    [InlineData("Your brother's furniture company makes lovely chairs.", false)]
    [InlineData("We know each other from the Cork rowing club, years back.", true)]
    [InlineData("We don't know each other, but your bridges are famous here.", false)]
    public void ConnectionFindingReadsASharedPastInTheFirstSentence(string firstSentence, bool connection)
    {
        string email = $"Dear Ms Byrne,\n\n{firstSentence} I'd love to hear how you see the future of structural engineering. Could you spare 20 minutes for a call?\n\nBest,\nCormac Hale";

        CheckFinding finding = Find(email, CheckRuleIds.ConnectionFirst);

        Assert.True(finding.Passed == connection, $"{firstSentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I've been following the Urban Mobility Lab you set up a few years ago.", true)]
    [InlineData("I've long admired your rise at Deutsche Bahn from apprentice to director.", true)]
    [InlineData("I loved the talk about accessibility your squad at Monzo gave.", true)]
    [InlineData("I'd love to hear about your team on the freight side of Maersk.", true)]
    [InlineData("I've been following the mobility team you set up a few years ago.", false)]
    [InlineData("I graduated last year from the MSc at Imperial College.", false)]
    public void NarrowHalfReadsTheContactsPlaceInLessUsualShapes(string sentence, bool names)
    {
        string email = $"Dear Mr Weber,\n\nWe were on the same course at TU Delft. {sentence} I am keen on the railway industry and on transport more broadly. Could you spare 20 minutes for a call?\n\nBest regards,\nLotte Visser";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.True(finding.Passed == names, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I'm drawn to shipping as an industry.", true)]
    [InlineData("I'm drawn to shipping as an investor might be.", false)]
    public void BroadHalfReadsAsAnIndustry(string sentence, bool names)
    {
        string email = $"Dear Mr Weber,\n\nWe were on the same course at TU Delft. I'd love to hear about your work at Hapag-Lloyd. {sentence} Could you spare 20 minutes for a call?\n\nBest regards,\nLotte Visser";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.True(finding.Passed == names, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("Is your practice taking on any trainees this year?", true)]
    [InlineData("Would your studio ever take on a summer assistant?", true)]
    [InlineData("Does your practice still use hand drawings for planning?", false)]
    public void RequestFindingCountsAPostAskedForAsTheRequest(string question, bool isRequest)
    {
        string email = $"Dear Ms Park,\n\nWe both studied architecture at Sheffield. I'd love to hear how you built your career. {question} I'd welcome 20 minutes of your time.\n\nBest,\nOwen Hart";

        CheckFinding finding = Find(email, CheckRuleIds.RequestIsQuestion);

        Assert.True(finding.Passed == isRequest, $"{question} -> {finding.Message}");
    }

    [Theory]
    [InlineData("Do you think the studio could use a junior animator this summer?", true)]
    [InlineData("Might your lab need an extra pair of hands in July?", true)]
    [InlineData("I saw your team is hiring; are there any openings for graduates?", true)]
    [InlineData("How often does a lab like yours take on an extra assistant?", false)]
    [InlineData("I know your group is hiring, but I'm not applying.", false)]
    [InlineData("I noticed your team is hiring; I only want to learn about the field.", false)]
    public void JobAskFindingReadsTheirNeedAndTheirHiring(string sentence, bool asks)
    {
        string email = $"Dear Dr Osei,\n\nWe both studied biochemistry at Leeds. {sentence} Would you have 20 minutes for a call in the next few weeks?\n\nBest wishes,\nAmy Shaw";

        CheckFinding finding = Find(email, CheckRuleIds.NoJobAsk);

        Assert.True(finding.Passed != asks, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I'd love to hear what an ordinary Tuesday on the ward involves for you and your nurses these days.", true)]
    [InlineData("I'd love to hear what an ordinary Tuesday on a hospital ward involves these days for a designer.", false)]
    [InlineData("I recently read your long interview with my old professor about how the Boston city archive was rebuilt after the fire.", true)]
    public void WhatTheWriterAsksToHearOrHasReadOfThemCountsForThem(string sentence, bool aboutContact)
    {
        // Without the line, the writer's two sentences outweigh everything else.
        string email = $"Hi Rosa,\n\nWe overlapped at IDEO's Chicago studio back in 2018. I have spent six years designing retail apps. I now want to move into healthcare. {sentence} Might a 20-minute call work for you?\n\nThanks,\nLeah Kim";

        CheckFinding finding = Find(email, CheckRuleIds.AboutTheContact);

        Assert.True(finding.Passed == aboutContact, $"{sentence} -> {finding.Message}");
    }

    private static CheckFinding Find(string email, string ruleId) =>
        OutreachEmailChecker.Check(email).Findings.Single(f => f.RuleId == ruleId);
}
