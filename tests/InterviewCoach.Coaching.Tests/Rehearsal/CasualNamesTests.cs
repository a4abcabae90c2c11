using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class CasualNamesTests
{
    [Theory]
    [InlineData("hi grace, it's sam, abena said i should call you. i'm a nurse trying to get into informatics", "Hi Grace, it's Sam, Abena said I should call you. I'm a nurse trying to get into informatics")]
    [InlineData("hello, this is sam okafor calling. i was referred by my friend dana", "Hello, this is Sam Okafor calling. I was referred by my friend Dana")]
    [InlineData("hey, i'm calling because my manager suggested it. it was recommended to me", "Hey, I'm calling because my manager suggested it. It was recommended to me")]
    [InlineData("im priya. tom gave me your number", "Im Priya. Tom gave me your number")]
    public void NamesInCasualTextGetTheirCapitals(string typed, string restored) =>
        Assert.Equal(restored, CasualNames.Restore(typed));

    [Theory]
    [InlineData("Hi Grace, it's Sam. abena said I should call you.")]
    [InlineData("Hello, my name is Sam. I'm a nurse and my friend dana suggested I call.")]
    public void TextTypedWithCapitalsIsLeftAsItIs(string typed) =>
        Assert.Equal(typed, CasualNames.Restore(typed));

    [Fact]
    public void ACasualPhoneAskIsCreditedWithTheCallersNameAndTheReferrer()
    {
        PitchLabels labels = PitchChecker.Label("hi grace, it's sam, abena said i should call you. i'm a nurse trying to get into informatics, could I grab 20 mins of your time sometime?");

        Assert.True(labels.IntroducesSelf);
        Assert.True(labels.NamesReferrerOrSource);
    }
}
