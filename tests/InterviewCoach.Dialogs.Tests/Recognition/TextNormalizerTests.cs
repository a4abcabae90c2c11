using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Dialogs.Tests.Recognition;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  Écoute! ", "ecoute")]
    [InlineData("CANCEL...", "cancel")]
    [InlineData("start   over?", "start over")]
    [InlineData("Ça   va", "ca va")]
    [InlineData("", "")]
    [InlineData("👍", "👍")]
    [InlineData("مرحبا", "مرحبا")]
    public void FoldsCaseAccentsSpacesAndTrailingPunctuation(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}
