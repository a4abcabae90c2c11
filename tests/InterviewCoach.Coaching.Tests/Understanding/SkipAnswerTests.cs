namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>What leaves an optional question out: the skip words, and the ways people say they have nothing to add.</summary>
public sealed class SkipAnswerTests
{
    [Theory]
    [InlineData("skip")]
    [InlineData("Skip ")]
    [InlineData("none")]
    [InlineData("n/a")]
    [InlineData("not sure")]
    [InlineData("idk really")]
    [InlineData("dunno tbh")]
    [InlineData("no idea, sorry")]
    [InlineData("I don't know")]
    [InlineData("can't think of one")]
    [InlineData("no example for this one")]
    [InlineData("don't have one yet")]
    public void SaysNothingToAdd(string typed) => Assert.True(CoachPrompts.IsSkip(typed));

    [Theory]
    [InlineData("idle hands taught me to plan")]
    [InlineData("not sure at first, but I led the maths club for three years and it grew")]
    [InlineData("I trained six new baristas on the till")]
    [InlineData("nobody")]
    [InlineData("skipper of the rowing team")]
    public void AnAnswerIsNotASkip(string typed) => Assert.False(CoachPrompts.IsSkip(typed));
}
