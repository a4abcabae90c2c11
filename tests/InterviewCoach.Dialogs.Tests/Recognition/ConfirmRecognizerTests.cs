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
