using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>A message typed as several clauses is also read clause by clause; a message of one clause is not.</summary>
public sealed class MessageClausesTests
{
    [Theory]
    [InlineData("open my saved people, I can't remember the falconer's surname", "open my saved people|I can't remember the falconer's surname")]
    [InlineData("we met on Friday. Where is best to meet next time?", "we met on Friday|Where is best to meet next time?")]
    [InlineData("new one to note: Mrs Adeyemi, she builds harps in Ibadan", "new one to note|she builds harps in Ibadan")]
    [InlineData("the pilot said yes - what do I wear for the hangar visit", "the pilot said yes|what do I wear for the hangar visit")]
    [InlineData("one. two three four, five six seven; eight nine ten: eleven twelve thirteen! fourteen fifteen sixteen",
        "two three four|five six seven|eight nine ten|eleven twelve thirteen")]
    public void ClausesAreSplitAtPunctuationAndSpacedDashes(string text, string expected) =>
        Assert.Equal(expected.Split('|'), MessageClauses.Of(text));

    [Theory]
    [InlineData("how long should a coffee chat with a stranger last")]
    [InlineData("hi, what do I wear")]
    [InlineData("Dr. Mensah, cardiologist, Kumasi")]
    [InlineData("a well-known twenty-minute rule, 3.5 stars")]
    [InlineData("what is this,that and the other")]
    public void AMessageOfOneClauseIsReadWholeOnly(string text) =>
        Assert.Empty(MessageClauses.Of(text));
}
