using System.Globalization;
using System.Text.Json;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.Recognition;

/// <summary>
/// Matches an answer to one of a list of choices: by value, by number (<c>2</c>), by title or synonym ignoring
/// case and accents (<c>ecoute</c> picks <c>Écoute</c>), by an unambiguous prefix, or by a title the answer contains.
/// </summary>
public static class ChoiceRecognizer
{
    // "all of them" to a pick-any question: every option (an option titled "All ..." still wins when named).
    private static readonly HashSet<string> s_everything = new(StringComparer.Ordinal)
    {
        "all", "all of them", "all of these", "all of those", "all of the above", "the lot", "everything", "every one", "each of them", "all done", "did all of them", "i did all of them",
    };

    private const int MaxAnswerForSynonymSearch = 120;

    private static readonly string[] s_separators = [",", ";", "&", "+", " and ", " or ", "\n"];

    /// <summary>Finds the one choice <paramref name="text"/> means, or <see langword="null"/>.</summary>
    public static Choice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (text is null || text.Length > 500)
        {
            return null;
        }

        foreach (Choice choice in choices)
        {
            if (string.Equals(choice.Value, text, StringComparison.Ordinal))
            {
                return choice;
            }
        }

        string answer = TextNormalizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }

        int? position = OptionNumber(answer);
        bool numeric = position is not null;
        int index = position ?? 0;
        foreach (Choice choice in choices)
        {
            if (SameWords(answer, choice.Value) || SameWords(answer, choice.Title))
            {
                return choice;
            }

            foreach (string synonym in choice.Synonyms)
            {
                if (SameWords(answer, synonym))
                {
                    return choice;
                }
            }
        }

        if (numeric && index >= 1 && index <= choices.Count)
        {
            return choices[index - 1];
        }

        return Single(choices, title => answer.Length >= 2 && title.StartsWith(answer, StringComparison.Ordinal))
            ?? Single(choices, title => ContainsWords(answer, title))
            ?? SingleBySynonym(answer, choices)
            ?? YesOrNo(text, choices);
    }

    /// <summary>
    /// The option number an answer gives, however typed: "3", "#3", "three", "third", "the third one", "option 3",
    /// "number three", "no. 2"; null when the answer is not a number of an option. Folded text
    /// (<see cref="TextNormalizer.Normalize"/>) in.
    /// </summary>
    public static int? OptionNumber(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        string said = normalized.Trim();
        foreach (string lead in s_numberLeads)
        {
            if (said.StartsWith(lead, StringComparison.Ordinal))
            {
                said = said[lead.Length..].TrimStart();
                break;
            }
        }

        if (said.EndsWith(" one", StringComparison.Ordinal) && said.Length > 4)
        {
            said = said[..^4].TrimEnd();
        }

        said = said.TrimStart('#').Trim();
        if (int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out int digits))
        {
            return digits;
        }

        int word = Array.IndexOf(s_numberWords, said);
        if (word < 0)
        {
            word = Array.IndexOf(s_ordinalWords, said);
        }

        return word >= 0 ? word + 1 : null;
    }

    private static readonly string[] s_numberLeads = ["the ", "option ", "number ", "no. ", "choice ", "button ", "#"];

    private static readonly string[] s_numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly string[] s_ordinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    /// <summary>
    /// The one choice a single typed word names with one slip of the keys ("yesterdy", "emial", "phnoe"): a letter
    /// missed, added, changed or two swapped, in a word of five letters or more, so short words never collide. It is
    /// offered back rather than picked, since "Maria" is one slip from a contact called "Marie".
    /// </summary>
    public static Choice? RecognizeSlip(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string answer = TextNormalizer.Normalize(text);
        if (answer.Length < 5 || answer.Contains(' ', StringComparison.Ordinal) || !answer.All(char.IsLetter))
        {
            return null;
        }

        Choice? found = null;
        foreach (Choice choice in choices)
        {
            IEnumerable<string> words = TextNormalizer.Normalize(choice.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Concat(choice.Synonyms.Select(TextNormalizer.Normalize).Where(synonym => !synonym.Contains(' ', StringComparison.Ordinal)));
            if (words.Any(word => word.Length >= 5 && OneSlipApart(answer, word)))
            {
                if (found is not null && !ReferenceEquals(found, choice))
                {
                    return null;
                }

                found = choice;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="a"/> becomes <paramref name="b"/> by one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool OneSlipApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (a.Length == b.Length)
        {
            bool swapped = start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start]
                && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2));
            return swapped || a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1));
        }

        return a.Length < b.Length ? a.AsSpan(start).SequenceEqual(b.AsSpan(start + 1)) : a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start));
    }

    /// <summary>
    /// A question whose options are a yes and a no ("Yes, it's current" / "No, it needs work") takes any way of
    /// saying yes or no ("yeah it's fine", "nope"), as a confirm prompt would.
    /// </summary>
    private static Choice? YesOrNo(string text, IReadOnlyList<Choice> choices)
    {
        Choice? yes = null;
        Choice? no = null;
        foreach (Choice choice in choices)
        {
            string lead = LeadWord(choice);
            if (lead == ConfirmRecognizer.YesValue)
            {
                if (yes is not null)
                {
                    return null;
                }

                yes = choice;
            }
            else if (lead == ConfirmRecognizer.NoValue)
            {
                if (no is not null)
                {
                    return null;
                }

                no = choice;
            }
        }

        if (yes is null || no is null || !ConfirmRecognizer.TryRecognize(text, out bool value))
        {
            return null;
        }

        return value ? yes : no;
    }

    private static string LeadWord(Choice choice)
    {
        if (string.Equals(choice.Value, ConfirmRecognizer.YesValue, StringComparison.OrdinalIgnoreCase)
            || string.Equals(choice.Value, ConfirmRecognizer.NoValue, StringComparison.OrdinalIgnoreCase))
        {
            return choice.Value.ToLowerInvariant();
        }

        string title = TextNormalizer.Normalize(choice.Title);
        int end = title.IndexOfAny([' ', ',']);
        return end < 0 ? title : title[..end];
    }

    /// <summary>
    /// Finds every choice a multi-select answer names: <c>1, 3</c>, <c>1 and 3</c>, <c>1 3</c>, or comma-separated titles.
    /// Returns <see langword="null"/> when any part matches nothing.
    /// </summary>
    public static IReadOnlyList<Choice>? RecognizeMany(string? text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (text is null || text.Length > 2000)
        {
            return null;
        }

        if (Recognize(text, choices) is null && s_everything.Contains(TextNormalizer.Normalize(text)))
        {
            return choices;
        }

        if (Recognize(text, choices) is { } whole)
        {
            return [whole];
        }

        string[] parts = text.Split(s_separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            // "1 3": space-separated numbers.
            string[] words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 1 && words.All(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                parts = words;
            }
        }

        return RecognizeParts(parts, choices);
    }

    /// <summary>Reads a multi-select submit: <c>{"choice": ["a", "b"]}</c> or <c>{"choice": "a,b"}</c>.</summary>
    public static IReadOnlyList<Choice>? RecognizeMany(JsonElement value, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(Replies.ButtonPayload.ChoiceProperty, out JsonElement choice))
        {
            value = choice;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                string? text = value.GetString();
                return string.IsNullOrWhiteSpace(text) ? null : RecognizeParts(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), choices);
            case JsonValueKind.Array:
                var parts = new List<string>();
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        return null;
                    }

                    parts.Add(item.GetString()!);
                }

                return parts.Count == 0 ? null : RecognizeParts(parts, choices);
            default:
                return null;
        }
    }

    private static List<Choice>? RecognizeParts(IReadOnlyCollection<string> parts, IReadOnlyList<Choice> choices)
    {
        if (parts.Count == 0 || parts.Count > 100)
        {
            return null;
        }

        var picked = new List<Choice>();
        foreach (string part in parts)
        {
            Choice? choice = Recognize(part, choices);
            if (choice is null)
            {
                return null;
            }

            if (!picked.Contains(choice))
            {
                picked.Add(choice);
            }
        }

        return picked;
    }

    /// <summary>Whether a normalised answer equals a choice's text once that is normalised too (without allocating for plain ASCII).</summary>
    private static bool SameWords(string answer, string candidate)
    {
        if (string.Equals(answer, candidate, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return TextNormalizer.NormalizesTo(candidate, answer);
    }

    private static Choice? Single(IReadOnlyList<Choice> choices, Func<string, bool> matches)
    {
        Choice? found = null;
        foreach (Choice choice in choices)
        {
            if (matches(TextNormalizer.Normalize(choice.Title)))
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

    /// <summary>
    /// The one choice a short answer names by a synonym of two or more words inside it ("I've taught for years, not
    /// much in UX" holds "not much"); one-word synonyms are too easily part of something else. When two choices are
    /// named, one whose words take in the other's is the more specific reading ("a coffee near his office" names the
    /// café, not the office); otherwise the answer is ambiguous.
    /// </summary>
    private static Choice? SingleBySynonym(string answer, IReadOnlyList<Choice> choices)
    {
        if (answer.Length > MaxAnswerForSynonymSearch)
        {
            return null;
        }

        var found = new List<(Choice Choice, int Start, int End)>();
        foreach (Choice choice in choices)
        {
            (int Start, int End)? widest = null;
            foreach (string synonym in choice.Synonyms)
            {
                string words = TextNormalizer.Normalize(synonym);
                if (words.Contains(' ', StringComparison.Ordinal) && WordsAt(answer, words) is { } at
                    && (widest is null || words.Length > widest.Value.End - widest.Value.Start))
                {
                    widest = (at, at + words.Length);
                }
            }

            if (widest is { } span)
            {
                found.Add((choice, span.Start, span.End));
            }
        }

        if (found.Count <= 1)
        {
            return found.Count == 1 ? found[0].Choice : null;
        }

        var covering = found.Where(f => found.All(o => ReferenceEquals(o.Choice, f.Choice) || (f.Start <= o.Start && o.End <= f.End && f.End - f.Start > o.End - o.Start))).ToList();
        return covering.Count == 1 ? covering[0].Choice : null;
    }

    private static bool ContainsWords(string answer, string title) => WordsAt(answer, title) is not null;

    /// <summary>Where <paramref name="title"/> first stands in <paramref name="answer"/> as whole words, or null.</summary>
    private static int? WordsAt(string answer, string title)
    {
        if (title.Length == 0)
        {
            return null;
        }

        int at = answer.IndexOf(title, StringComparison.Ordinal);
        while (at >= 0)
        {
            int end = at + title.Length;
            bool startsWord = at == 0 || !char.IsLetterOrDigit(answer[at - 1]);
            bool endsWord = end == answer.Length || !char.IsLetterOrDigit(answer[end]);
            if (startsWord && endsWord)
            {
                return at;
            }

            at = answer.IndexOf(title, at + 1, StringComparison.Ordinal);
        }

        return null;
    }
}
