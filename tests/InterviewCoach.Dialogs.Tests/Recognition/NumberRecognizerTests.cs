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

    [Theory]
    [InlineData("two or three", 2, 3)]
    [InlineData("2-3", 2, 3)]
    [InlineData("3 to 4 a week", 3, 4)]
    [InlineData("maybe 3 or 4?", 3, 4)]
    [InlineData("between 2 and 4", 2, 4)]
    [InlineData("1 – 2", 1, 2)]
    [InlineData("maybe two? three if i'm feeling brave", 2, 3)]
    [InlineData("2, maybe 3", 2, 3)]
    public void RecognizesARangeLowerFirst(string text, int lower, int upper)
    {
        Assert.True(NumberRecognizer.TryRecognizeRange(text, out decimal low, out decimal high));
        Assert.Equal((lower, upper), ((int)low, (int)high));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("4 or 3")]
    [InlineData("3 this week, 5 next")]
    [InlineData("2 and 3")]
    [InlineData("2 or 3 or 4")]
    public void RefusesWhatIsNoRange(string text) => Assert.False(NumberRecognizer.TryRecognizeRange(text, out _, out _));
}
