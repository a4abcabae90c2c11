using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Text;

/// <summary>Small helpers for splicing the user's fragments into the coach's sentences.</summary>
internal static partial class Phrasing
{
    private static readonly HashSet<string> s_leadingFunctionWords =
        ["a", "an", "the", "my", "some", "several", "two", "three", "four", "five", "over", "about", "nearly", "around", "most", "almost"];

    /// <summary>Trims, tidies quotes and spaces and drops trailing punctuation so a fragment can sit mid-sentence.</summary>
    public static string Fragment(string? text) => TextFolding.Tidy(text).TrimEnd('.', ',', ';', ':', '!', ' ');

    /// <summary>
    /// Lowercases the first letter when the first word looks like an ordinary capitalised word ("Analysis",
    /// "A degree"), leaving acronyms ("BSc", "UX") and two-word proper names ("Leeds University") alone.
    /// </summary>
    public static string LowerFirstForMidSentence(string fragment)
    {
        if (fragment.Length == 0)
        {
            return fragment;
        }

        string[] words = fragment.Split(' ', 3);
        string first = words[0];
        bool plainCapitalised = first.Length > 0 && char.IsUpper(first[0]) && first.Skip(1).All(c => !char.IsUpper(c));
        if (!plainCapitalised || first == "I" || first.StartsWith("I'", StringComparison.Ordinal))
        {
            return fragment;
        }

        bool functionWord = s_leadingFunctionWords.Contains(first.ToLowerInvariant());
        bool nextIsCapitalised = words.Length > 1 && words[1].Length > 0 && char.IsUpper(words[1][0]);
        return functionWord || !nextIsCapitalised ? char.ToLowerInvariant(fragment[0]) + fragment[1..] : fragment;
    }

    /// <summary>
    /// Capitalises the first letter and ends the text with a full stop unless it already ends a sentence. The pronoun
    /// typed in lower case, as people do in chat ("i ran the data tracking", "i'm"), is written "I".
    /// </summary>
    public static string Sentence(string text)
    {
        string trimmed = text.Trim().TrimEnd(',', ';', ':', ' ');
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        trimmed = WithPronounI(trimmed);
        trimmed = char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
        return trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    /// <summary>The pronoun typed in lower case ("and i should learn dbt", "i'm") written "I"; letters inside words are left alone.</summary>
    public static string WithPronounI(string text) => PronounI().Replace(text, "I");

    /// <summary>"opens in january" → "opens in January": month and weekday names typed in lower case, for text quoted back in a note.</summary>
    public static string WithCalendarNames(string text) =>
        CalendarName().Replace(text, m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]);

    /// <summary>Joins items as "a", "a and b" or "a, b and c".</summary>
    public static string JoinWithAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>True when the fragment already reads as a first-person sentence ("I studied…", "My degree…").</summary>
    public static bool IsFirstPerson(string fragment)
    {
        string folded = TextFolding.Fold(fragment);
        return folded.StartsWith("i ", StringComparison.Ordinal)
            || folded.StartsWith("i'", StringComparison.Ordinal)
            || folded.StartsWith("my ", StringComparison.Ordinal)
            || folded.StartsWith("me ", StringComparison.Ordinal);
    }

    /// <summary>The first word of the fragment, folded.</summary>
    public static string FirstWord(string fragment)
    {
        List<string> tokens = NormalizedText.Tokenize(TextFolding.Fold(fragment));
        return tokens.Count == 0 ? string.Empty : tokens[0];
    }

    /// <summary>The given name from a full name, for a friendly greeting ("Maria Lopez" → "Maria").</summary>
    public static string FirstName(string? fullName)
    {
        string tidy = Fragment(fullName);
        string[] parts = tidy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return string.Empty;
        }

        // Keep titles with the surname: "Dr Maria Lopez" is greeted as "Dr Lopez".
        string first = parts[0].TrimEnd('.');
        return first.ToLowerInvariant() is "dr" or "prof" or "professor" or "mr" or "mrs" or "ms" or "mx" && parts.Length > 1
            ? $"{parts[0]} {parts[^1]}"
            : parts[0];
    }

    // A lone "i", or "i" before an apostrophe ("i'm", "i’ve"); never the letter inside a word or "i.e.".
    [GeneratedRegex(@"(?<![\p{L}\p{N}.'’-])i(?=['’]\p{L}|[^\p{L}\p{N}.'’-]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PronounI();

    // "may" and "march" are also ordinary words: only after "in", "by", "since", "until", "from", "next", "last", "this"
    // or before a day number are they months.
    [GeneratedRegex(@"\b(?:january|february|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<=\b(?:in|by|since|until|from|next|last|this|early|late|mid)\s)(?:march|may)\b|\b(?:march|may)(?=\s\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CalendarName();
}
