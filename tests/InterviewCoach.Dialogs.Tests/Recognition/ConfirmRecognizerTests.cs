using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Dialogs.Tests.Recognition;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Y")]
    [InlineData("yeah")]
    [InlineData("Yep!")]
    [InlineData("sure")]
    [InlineData("OK")]
    [InlineData("okay.")]
    [InlineData("of course")]
    [InlineData("please do")]
    [InlineData("correct")]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("yes, let's do it")]
    [InlineData("wait, yes")]
    [InlineData("actually yes please")]
    [InlineData("yes. also e-learning development")]
    [InlineData("Yeah! that one")]
    public void RecognizesYes(string text)
    {
        Assert.True(ConfirmRecognizer.TryRecognize(text, out bool value));
        Assert.True(value);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("N")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not now")]
    [InlineData("No thanks.")]
    [InlineData("👎")]
    [InlineData("no, not today")]
    [InlineData("actually no")]
    [InlineData("Hmm, nah")]
    [InlineData("on second thoughts, no")]
    [InlineData("no. something in design")]
    public void RecognizesNo(string text)
    {
        Assert.True(ConfirmRecognizer.TryRecognize(text, out bool value));
        Assert.False(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("yesterday")]
    [InlineData("nobody")]
    [InlineData("yes.net developer")]
    [InlineData("nonprofit work")]
    [InlineData("🎉")]
    [InlineData("はい")]
    public void RefusesAnythingElse(string text)
    {
        Assert.False(ConfirmRecognizer.TryRecognize(text, out _));
    }

    [Fact]
    public void RefusesTenThousandCharacters()
    {
        Assert.False(ConfirmRecognizer.TryRecognize("yes " + new string('y', 10_000), out _));
    }
}

public sealed class ConfirmTagTests
{
    [Theory]
    [InlineData("she offered to look over it yeah", true)]
    [InlineData("we didn't get that far, no", false)]
    [InlineData("she asked for it, yes", true)]
    public void AYesOrNoSaidLastIsTheAnswer(string typed, bool expected)
    {
        Assert.True(ConfirmRecognizer.TryRecognizeTag(typed, out bool value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("she didn't ask, yeah")]
    [InlineData("yeah")]
    [InlineData("she offered to look over it")]
    [InlineData("I think she said she'd look it over at some point next month when things are a bit quieter yeah")]
    public void NoTagOrAYesAfterANegationIsNotTaken(string typed) =>
        Assert.False(ConfirmRecognizer.TryRecognizeTag(typed, out _));
}
