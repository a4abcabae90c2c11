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
        "skip it", "skip this", "skip this one", "skip that", "skip this question", "pass on this", "pass on that",
    ], StringComparer.Ordinal);

    // Asking to leave the question out rather than saying no option fits: a required question answers that differently.
    private static readonly FrozenSet<string> s_skips = FrozenSet.ToFrozenSet(
    [
        "skip", "pass", "skip it", "skip this", "skip this one", "skip that", "skip this question", "pass on this", "pass on that", "can i skip", "can i skip this", "can we skip this",
    ], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> asks to leave the question out ("skip", "skip this one", "pass").</summary>
    public static bool IsSkip(string? text) =>
        text is { Length: > 0 and <= 40 } && s_skips.Contains(TextNormalizer.Normalize(text).TrimEnd('?', ' '));

    // The words that name an option meaning "nothing" ("Skip", "None of these"); a bare "no" is left out, since in a
    // yes/no pair it is a real answer, not the way out.
    private static readonly FrozenSet<string> s_nothingOptions = FrozenSet.ToFrozenSet(
    [
        "none", "none of them", "none of these", "nothing", "neither", "skip", "pass", "n/a",
    ], StringComparer.Ordinal);

    /// <summary>The one option that itself means "nothing" or "skip" (by its value, title or a synonym), or null when none or several do.</summary>
    public static Prompts.Choice? NothingOption(IReadOnlyList<Prompts.Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Prompts.Choice? found = null;
        foreach (Prompts.Choice choice in choices)
        {
            if (s_nothingOptions.Contains(TextNormalizer.Normalize(choice.Value)) || s_nothingOptions.Contains(TextNormalizer.Normalize(choice.Title))
                || choice.Synonyms.Any(s => s_nothingOptions.Contains(TextNormalizer.Normalize(s))))
            {
                if (found is not null)
                {
                    return null;
                }

                found = choice;
            }
        }

        return found;
    }

    // A trailing word that softens a non-answer without adding anything: "not sure yet", "idk tbh", "no idea sorry".
    private static readonly string[] s_softeners = ["yet", "really", "honestly", "tbh", "sorry", "atm", "for now", "right now"];

    /// <summary>Whether <paramref name="text"/> is a way of picking nothing.</summary>
    public static bool IsNonAnswer(string? text)
    {
        if (text is not { Length: > 0 and <= 40 })
        {
            return false;
        }

        string answer = TextNormalizer.Normalize(text);
        if (s_nonAnswers.Contains(answer) || IsSkip(text))
        {
            return true;
        }

        foreach (string softener in s_softeners)
        {
            if (answer.EndsWith(" " + softener, StringComparison.Ordinal) && s_nonAnswers.Contains(answer[..^(softener.Length + 1)].TrimEnd(' ', ',')))
            {
                return true;
            }
        }

        return false;
    }
}
