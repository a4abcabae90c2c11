using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

public sealed class NameAnswerTests
{
    [Theory]
    [InlineData("yeah sam is fine", "Sam")]
    [InlineData("yeah that's fine", "Sam Patel")]
    [InlineData("yes, Sam is fine", "Sam")]
    [InlineData("sam's fine", "Sam")]
    [InlineData("call me Sam", "Sam")]
    [InlineData("that works for me, thanks", "Sam Patel")]
    [InlineData("yes please", "Sam Patel")]
    [InlineData("sam patel is great", "Sam Patel")]
    [InlineData("no, it's Alex", "Alex")]
    [InlineData("nah call me alex", "Alex")]
    [InlineData("just mary-jane o'neil", "Mary-Jane O'Neil")]
    [InlineData("Alex McKenzie is fine", "Alex McKenzie")]
    [InlineData("its priya actually, priya raman", "Priya Raman")]
    [InlineData("actually it's Priya", "Priya")]
    [InlineData("Raman, Priya", "Raman, Priya")]
    public void TheNameGivenOrAgreedToIsKept(string said, string name)
    {
        Assert.Equal(new NameAnswer(name, Declined: false), NameAnswer.Read(said, "Sam Patel"));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope, not that")]
    public void TurningTheOfferedNameDownKeepsNoName(string said)
    {
        Assert.Equal(new NameAnswer(null, Declined: true), NameAnswer.Read(said, "Sam Patel"));
    }

    [Theory]
    [InlineData("I've never done one of these")]
    [InlineData("yeah that's fine")]
    public void ASentenceOrAnAgreementToNothingIsNoName(string said)
    {
        Assert.Null(NameAnswer.Read(said, said.StartsWith("yeah", StringComparison.Ordinal) ? null : "Sam Patel"));
    }
}
