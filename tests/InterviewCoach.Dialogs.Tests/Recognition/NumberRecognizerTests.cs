using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Dialogs.Tests.Recognition;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("3.5", 3.5)]
    [InlineData("-2", -2)]
    [InlineData("1,200", 1200)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData("twelve", 12)]
    [InlineData("about 5 years", 5)]
    [InlineData(" 7. ", 7)]
    [InlineData("I'd say about three a week, maybe more at most", 3)]
    public void RecognizesNumbers(string text, double expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, out decimal value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("3 or 4")]
    [InlineData("🎉")]
    [InlineData("٣")]
    [InlineData("2,5")]
    [InlineData("1,20")]
    [InlineData("I taught secondary school maths for 8 years and I've been doing a UX course")]
    public void RefusesAnythingElse(string text)
    {
        Assert.False(NumberRecognizer.TryRecognize(text, out _));
    }
}
