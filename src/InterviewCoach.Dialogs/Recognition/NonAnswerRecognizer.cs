using System.Collections.Frozen;

namespace InterviewCoach.Dialogs.Recognition;

/// <summary>
/// Answers that pick nothing: "none", "nah", "not sure", "skip". Where no option says the same, such an answer is no
/// paraphrase of any option, so it is never guessed at ("Did you mean …?") and never read as a command.
/// </summary>
public static class NonAnswerRecognizer
{
    private static readonly FrozenSet<string> s_nonAnswers = FrozenSet.ToFrozenSet(
    [
        "none", "none of them", "none of these", "none of those", "nothing", "nothing really", "neither", "neither of them",
        "no", "nah", "nope", "no thanks", "not really", "not sure", "unsure", "dunno", "idk", "i dunno", "i don't know", "i dont know",
        "don't know", "dont know", "i don’t know", "don’t know", "no idea", "no clue", "skip", "pass", "n/a", "na", "whatever", "not applicable", "nada",
    ], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> is a way of picking nothing.</summary>
    public static bool IsNonAnswer(string? text) =>
        text is { Length: > 0 and <= 40 } && s_nonAnswers.Contains(TextNormalizer.Normalize(text));
}
