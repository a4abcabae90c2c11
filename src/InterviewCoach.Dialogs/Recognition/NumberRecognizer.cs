using System.Collections.Frozen;
using System.Globalization;

namespace InterviewCoach.Dialogs.Recognition;

/// <summary>Recognizes a number in culture-invariant English: <c>42</c>, <c>3.5</c>, <c>1,200</c>, <c>-2</c>, <c>twelve</c>, <c>about 5 years</c>.</summary>
public static class NumberRecognizer
{
    private static readonly FrozenDictionary<string, int> s_words = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["none"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["a dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_hedges = FrozenSet.ToFrozenSet(["maybe", "possibly", "perhaps", "probably", "or", "even", "up", "to", "at", "most", "max"], StringComparer.Ordinal);

    /// <summary>The longest answer read for a number: "I'd say about three a week, maybe four at most" is as long as answers get.</summary>
    private const int MaxWordsAroundANumber = 10;

    /// <summary>Finds exactly one number in <paramref name="text"/>; two numbers are ambiguous and refused, and so is a long sentence.</summary>
    public static bool TryRecognize(string? text, out decimal value)
    {
        value = 0;
        if (text is null || text.Length > 200)
        {
            return false;
        }

        string normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return false;
        }

        if (TryParseToken(normalized, out value))
        {
            return true;
        }

        // A number inside a long sentence ("I taught maths for 8 years...") is part of a story, not the answer.
        string[] tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > MaxWordsAroundANumber)
        {
            return false;
        }

        bool found = false;
        foreach (string token in tokens)
        {
            if (TryParseToken(token.TrimEnd(',', '.', '!', '?'), out decimal candidate))
            {
                if (found)
                {
                    return false;
                }

                found = true;
                value = candidate;
            }
        }

        return found;
    }

    /// <summary>
    /// A range of two numbers, lower first: "two or three", "2-3", "3 to 4 a week", "between 2 and 4", "maybe 3 or 4".
    /// Two numbers joined any other way ("3 this week, 5 next") are no range.
    /// </summary>
    public static bool TryRecognizeRange(string? text, out decimal lower, out decimal upper)
    {
        lower = upper = 0;
        if (text is null || text.Length > 200)
        {
            return false;
        }

        string normalized = TextNormalizer.Normalize(text).Replace("-", " - ", StringComparison.Ordinal).Replace("–", " - ", StringComparison.Ordinal);
        string[] tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > MaxWordsAroundANumber)
        {
            return false;
        }

        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            if (TryParseToken(tokens[i], out decimal first) && tokens[i + 1] is "or" or "to" or "-" or "and" or "/"
                && TryParseToken(tokens[i + 2].TrimEnd(',', '.', '!', '?'), out decimal second) && first < second
                && (tokens[i + 1] != "and" || (i > 0 && tokens[i - 1] == "between"))
                && !tokens.Where((t, j) => j != i && j != i + 2 && TryParseToken(t.TrimEnd(',', '.', '!', '?'), out _)).Any())
            {
                (lower, upper) = (first, second);
                return true;
            }
        }

        // "maybe two? three if I'm feeling brave", "2, maybe 3": a number, then a larger one said as a hope, with only
        // hedging between them; two numbers with anything else between ("3 this week, 5 next") stay ambiguous.
        int[] numbers = [.. Enumerable.Range(0, tokens.Length).Where(j => TryParseToken(tokens[j].TrimEnd(',', '.', '!', '?'), out _))];
        if (numbers is [int at, int next] && tokens[(at + 1)..next].All(s_hedges.Contains))
        {
            if (TryParseToken(tokens[at].TrimEnd(',', '.', '!', '?'), out decimal first)
                && TryParseToken(tokens[next].TrimEnd(',', '.', '!', '?'), out decimal second) && first < second)
            {
                (lower, upper) = (first, second);
                return true;
            }
        }

        return false;
    }

    private static bool TryParseToken(string token, out decimal value)
    {
        if (s_words.TryGetValue(token, out int word))
        {
            value = word;
            return true;
        }

        value = 0;
        return HasWellFormedGroups(token)
            && decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// "1,200" is twelve hundred, but "2,5" is two and a half in much of the world: a comma must be followed by
    /// exactly three digits, otherwise the number is refused rather than misread.
    /// </summary>
    private static bool HasWellFormedGroups(string token)
    {
        int end = token.IndexOf('.', StringComparison.Ordinal);
        ReadOnlySpan<char> integral = end < 0 ? token : token.AsSpan(0, end);
        int comma = integral.IndexOf(',');
        while (comma >= 0)
        {
            ReadOnlySpan<char> rest = integral[(comma + 1)..];
            int next = rest.IndexOf(',');
            int groupLength = next < 0 ? rest.Length : next;
            if (groupLength != 3)
            {
                return false;
            }

            integral = rest;
            comma = next;
        }

        return true;
    }
}
