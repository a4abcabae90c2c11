using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

public sealed class MixedAnswerTests
{
    [Theory]
    [InlineData("mostly yes, the training side sounds great but I'm less sure about the on-call stuff")]
    [InlineData("yes and no")]
    [InlineData("up to a point")]
    [InlineData("I loved the project work, though the politics put me off")]
    [InlineData("more or less")]
    public void AYesHeldBackIsMixed(string typed) => Assert.True(MixedAnswer.IsMixed(typed));

    [Theory]
    [InlineData("yes")]
    [InlineData("yes, completely")]
    [InlineData("no, but thanks for asking")]
    [InlineData("not really, the hours put me off")]
    [InlineData("it's not for me")]
    public void APlainAnswerIsNotMixed(string typed) => Assert.False(MixedAnswer.IsMixed(typed));
}
