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

    // Button titles, values and synonyms as recognizers compare them with an answer: the comparison without folding
    // must agree with folding first, both ways round.
    [Theory]
    [InlineData("Set my goals", "set my goals", true)]
    [InlineData("  Set   my goals!! ", "set my goals", true)]
    [InlineData("Set my goals", "set my goal", false)]
    [InlineData("Set my goal", "set my goals", false)]
    [InlineData("Set\tmy goals", "set my goals", true)]
    [InlineData("set my goals", "set my goals", true)]
    [InlineData("Résumé help", "resume help", true)]
    [InlineData("Résumé help", "résumé help", false)]
    [InlineData("Not much.", "not much", true)]
    [InlineData("Not much.", "notmuch", false)]
    [InlineData("...", "", true)]
    [InlineData("", "", true)]
    [InlineData("A", "", false)]
    [InlineData("Yes, it's current", "yes, it's current", true)]
    public void ComparesAsFoldingWould(string text, string normalized, bool expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizesTo(text, normalized));
        Assert.Equal(TextNormalizer.Normalize(text) == normalized, TextNormalizer.NormalizesTo(text, normalized));
    }
}
