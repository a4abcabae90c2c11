namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// How much a word piece counts when two questions are aligned piece by piece: the words that frame any question
/// ("what", "do", "you", "could", "tell me") say little about what it asks, so they count for little; punctuation and
/// the model's own markers count for nothing.
/// </summary>
internal static class TokenWeights
{
    /// <summary>Weight of a framing word against 1 for any other word.</summary>
    public const float Frame = 0.15f;

    private static readonly HashSet<string> s_frame =
    [
        "what", "how", "why", "which", "who", "whom", "whose", "where", "when", "do", "does", "did", "you", "your", "yours",
        "can", "could", "would", "will", "should", "shall", "may", "might", "must", "is", "are", "am", "was", "were", "be",
        "been", "being", "have", "has", "had", "i", "me", "my", "we", "us", "our", "the", "a", "an", "and", "or", "of",
        "to", "in", "on", "at", "for", "with", "about", "from", "by", "as", "it", "its", "this", "that", "these", "those",
        "there", "tell", "please", "kindly", "so", "if", "some", "any", "just", "really", "'", "s", "t", "d", "ll", "re",
        "ve", "m", "know", "think", "mind", "asking", "ask", "say",
    ];

    /// <summary>The weight of the vocabulary entry <paramref name="piece"/>.</summary>
    public static float Of(string piece)
    {
        if (piece.Length == 0 || piece[0] == '[' || !piece.Any(char.IsLetterOrDigit))
        {
            return 0f;
        }

        return s_frame.Contains(piece) ? Frame : 1f;
    }
}
