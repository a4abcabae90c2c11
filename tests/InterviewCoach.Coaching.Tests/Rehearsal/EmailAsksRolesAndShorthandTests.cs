using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// What a user sees, read by the exact rules without the model: job asks that name no job (their side taking people on,
/// the attached CV passed on, a place or a stint on their side, the writer considered or taken on), the contact's role
/// said by its title or on a named programme, a field as the subject of what lies ahead, and chat shorthand ("u", "ur")
/// read as the words it stands for. Each is checked both ways, against a near miss that must keep its old answer.
/// </summary>
public sealed class EmailAsksRolesAndShorthandTests
{
    [Theory]
    [InlineData("If your clinic ever brings on another assistant for the winter rush, I'd be grateful for a heads-up.", true)]
    [InlineData("When your clinic takes on extra staff for the winter rush, how do you train them?", false)]
    [InlineData("Could you pass the enclosed CV to your practice manager?", true)]
    [InlineData("Could you glance at the enclosed CV and tell me what to cut?", false)]
    [InlineData("I'd be thankful if you could help me get a spot on your survey crew next season.", true)]
    [InlineData("How did you get a spot on your survey crew so young?", false)]
    [InlineData("Would the lab be open to me working alongside your sequencing group for six weeks?", true)]
    [InlineData("Would the lab be open to me asking your sequencing group a few questions?", false)]
    [InlineData("I wonder whether your studio would consider someone like me for the spring.", true)]
    [InlineData("I wonder how your studio would judge work like mine at a portfolio review.", false)]
    [InlineData("Could you take me on for the harvest season?", true)]
    [InlineData("Could you take me through a day on the vineyard when I visit?", false)]
    public void JobAskFindingReadsAsksThatNameNoJob(string sentence, bool asks)
    {
        string email = $"Dear Ms Castell,\n\nWe both studied at the Girona agricultural college. {sentence} Would you have 20 minutes for a call in the next few weeks?\n\nBest wishes,\nPau Serra";

        CheckFinding finding = Find(email, CheckRuleIds.NoJobAsk);

        Assert.True(finding.Passed != asks, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I hear you've spent a decade as a bridge assessment engineer.", true)]
    [InlineData("I hear you've worked as an engineer for years.", false)]
    [InlineData("I hear you worked as a volunteer for years.", false)]
    [InlineData("I loved hearing how you became a presenter on BBC Radio Wales.", true)]
    [InlineData("I loved hearing you speak on BBC Radio Wales.", false)]
    [InlineData("You had just moved from Arup to Network Rail when we last spoke.", true)]
    [InlineData("You had just come back from Portugal when we last spoke.", false)]
    public void NarrowHalfReadsTheContactsTitleAndProgramme(string sentence, bool names)
    {
        string email = $"Dear Mr Weber,\n\nWe were on the same course at TU Delft. {sentence} I am keen on the railway industry and on transport more broadly. Could you spare 20 minutes for a call?\n\nBest regards,\nLotte Visser";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.True(finding.Passed == names, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("I often wonder what container shipping will look like in twenty years.", true)]
    [InlineData("I often wonder what your week will look like after the merger.", false)]
    public void BroadHalfReadsAFieldAsTheSubjectOfWhatLiesAhead(string sentence, bool names)
    {
        string email = $"Dear Mr Weber,\n\nWe were on the same course at TU Delft. I'd love to hear about your work at Hapag-Lloyd. {sentence} Could you spare 20 minutes for a call?\n\nBest regards,\nLotte Visser";

        CheckFinding finding = Find(email, CheckRuleIds.NamesNarrowAndBroad);

        Assert.True(finding.Passed == names, $"{sentence} -> {finding.Message}");
    }

    [Theory]
    [InlineData("could u spare 20 min to tell me how u started ur studio?", true)]
    [InlineData("u can tell me how u started ur studio whenever, 20 min is plenty.", false)]
    public void RequestFindingReadsChatShorthandAsYou(string request, bool isQuestion)
    {
        string email = $"hey rosa,\n\nwe were in the same pottery class at the city lit. i just finished a ceramics course and want to go full time. {request}\n\nthanks\nnina";

        CheckFinding finding = Find(email, CheckRuleIds.RequestIsQuestion);

        Assert.True(finding.Passed == isQuestion, $"{request} -> {finding.Message}");
    }

    [Fact]
    public void WordCountIsTakenAsTypedNotAsSpelledOut()
    {
        // "lmk" stands for three words but is one as typed: 74 typed words stay under the limit.
        string body = string.Join(' ', Enumerable.Repeat("word", 73)) + " lmk";
        string email = $"hi sam,\n\n{body}\n\nthanks\nnina";

        CheckFinding finding = Find(email, CheckRuleIds.EmailLength);

        Assert.True(finding.Passed, finding.Message);
    }

    private static CheckFinding Find(string email, string ruleId) =>
        OutreachEmailChecker.Check(email).Findings.Single(f => f.RuleId == ruleId);
}
