using System.Collections.Frozen;

namespace InterviewCoach.Dialogs.Recognition;

/// <summary>Recognizes yes and no in the common English phrasings, emoji and the confirm buttons' values.</summary>
public static class ConfirmRecognizer
{
    public const string YesValue = "yes";

    public const string NoValue = "no";

    private static readonly FrozenSet<string> s_yes = FrozenSet.ToFrozenSet(
    [
        "yes", "y", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "of course", "please do", "please",
        "correct", "right", "absolutely", "definitely", "affirmative", "go ahead", "do it", "yes please", "true",
        "sounds good", "alright", "all right", "certainly", "indeed", "👍", "✅", "✔", "✔️",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_no = FrozenSet.ToFrozenSet(
    [
        "no", "n", "nope", "nah", "not now", "no thanks", "no thank you", "not really", "negative", "false",
        "don't", "dont", "do not", "not yet", "never", "no way", "👎", "❌", "✖", "✖️",
    ], StringComparer.Ordinal);

    private static readonly string[] s_secondThoughts = ["actually", "wait", "hmm", "hm", "um", "umm", "erm", "oh", "oops", "sorry", "on second thought", "on second thoughts", "thinking about it"];

    private static readonly FrozenSet<string> s_yesLead = FrozenSet.ToFrozenSet(["yes", "yeah", "yep", "yup", "sure", "ok", "okay"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_noLead = FrozenSet.ToFrozenSet(["no", "nope", "nah"], StringComparer.Ordinal);

    /// <summary>Recognizes <paramref name="text"/> as yes (<see langword="true"/>) or no.</summary>
    public static bool TryRecognize(string? text, out bool value)
    {
        value = false;
        if (text is null || text.Length > 200)
        {
            return false;
        }

        // "actually no", "wait, yes": a change of mind ends in the answer that counts.
        string normalized = WithoutSecondThoughts(StripSkinTone(TextNormalizer.Normalize(text)));

        if (s_yes.Contains(normalized))
        {
            value = true;
            return true;
        }

        if (s_no.Contains(normalized))
        {
            return true;
        }

        // "yes, let's do it" / "no, not today" / "yes. also e-learning": the first word decides.
        int end = normalized.AsSpan().IndexOfAny(' ', ',');
        if (end > 0)
        {
            string lead = normalized[..end].TrimEnd('.', '!', ';', ':');
            if (s_yesLead.Contains(lead))
            {
                value = true;
                return true;
            }

            if (s_noLead.Contains(lead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A yes or no said last, after the answer in words: "she offered to look over it yeah", "we didn't get that far,
    /// no". Only for a yes/no question, where a short sentence ending so is the answer; a yes after a negation ("she
    /// didn't ask, yeah") says nothing certain and is not taken.
    /// </summary>
    public static bool TryRecognizeTag(string? text, out bool value)
    {
        value = false;
        if (text is null || text.Length > 120)
        {
            return false;
        }

        string[] words = TextNormalizer.Normalize(text).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 12)
        {
            return false;
        }

        string last = words[^1];
        bool negated = words[..^1].Any(w => w is "no" or "not" or "never" or "nobody" or "nothing" || w.EndsWith("n't", StringComparison.Ordinal) || w is "dont" or "didnt" or "cant" or "wont");
        if (s_yesLead.Contains(last) && !negated)
        {
            value = true;
            return true;
        }

        return s_noLead.Contains(last);
    }

    /// <summary>
    /// <paramref name="normalized"/> without a leading change of mind ("actually", "wait", "hmm", "on second
    /// thoughts"), which says the words after it are the answer. Expects <see cref="TextNormalizer.Normalize"/>d text.
    /// </summary>
    public static string WithoutSecondThoughts(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        foreach (string second in s_secondThoughts)
        {
            if (normalized.Length > second.Length + 1 && normalized.StartsWith(second, StringComparison.Ordinal) && normalized[second.Length] is ' ' or ',')
            {
                return normalized[(second.Length + 1)..].TrimStart(' ', ',');
            }
        }

        return normalized;
    }

    private static string StripSkinTone(string text)
    {
        // 👍🏽 is 👍 followed by a Fitzpatrick modifier (U+1F3FB..U+1F3FF, a surrogate pair starting with U+D83C).
        if (text.Length == 4 && char.IsSurrogatePair(text[2], text[3]) && char.ConvertToUtf32(text[2], text[3]) is >= 0x1F3FB and <= 0x1F3FF)
        {
            return text[..2];
        }

        return text;
    }
}
