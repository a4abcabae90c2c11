using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

public sealed class AsksWhatIsMeantTests
{
    [Theory]
    [InlineData("what kind of thing do you mean?", true)]
    [InlineData("like what?", true)]
    [InlineData("such as?", true)]
    [InlineData("sorry, what should I put here?", true)]
    [InlineData("can you give me an example", true)]
    [InlineData("she leads the design team at Monzo", false)]
    [InlineData("like what she did with the app launch", false)]
    [InlineData("what should I say when she picks up?", false)]
    [InlineData("How did you get into UX?", false)]
    public void ARequestForAnExampleIsToldFromAnAnswer(string typed, bool asks)
    {
        Assert.Equal(asks, SlotAnswers.AsksWhatIsMeant(typed));
    }
}
