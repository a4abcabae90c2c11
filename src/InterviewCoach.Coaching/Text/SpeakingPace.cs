namespace InterviewCoach.Coaching.Text;

/// <summary>Converts between word counts and speaking time at a relaxed conversational pace.</summary>
public static class SpeakingPace
{
    /// <summary>Words per minute used for every estimate: an unhurried phone voice.</summary>
    public const int WordsPerMinute = 150;

    /// <summary>Estimated seconds needed to say <paramref name="wordCount"/> words, rounded to the nearest second.</summary>
    public static int EstimateSeconds(int wordCount) =>
        wordCount <= 0 ? 0 : (int)Math.Round(wordCount * 60.0 / WordsPerMinute, MidpointRounding.AwayFromZero);

    /// <summary>Counts words the way every checker does: runs of letters or digits, apostrophes kept inside words.</summary>
    public static int CountWords(string? text) => NormalizedText.Tokenize(TextFolding.Fold(text)).Count;
}
