using System.Text;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// Organisation names as typed by people: "Contoso ", "contoso", "Contoso Ltd." and "The Contoso Company" are the same
/// organisation.
/// </summary>
public static class Organisations
{
    // Words that say what kind of body it is, not which one; dropped from the end (and "the" from the start) when comparing.
    private static readonly HashSet<string> s_legalWords = new(StringComparer.Ordinal)
    {
        "LTD", "LIMITED", "PLC", "LLC", "LLP", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "GMBH", "AG", "SA", "BV", "PTY", "GROUP",
    };

    /// <summary>The name trimmed and upper-cased, as stored in reminder keys (never change it: stored keys use it).</summary>
    public static string Normalize(string organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Trim().ToUpperInvariant();
    }

    /// <summary>The name reduced to what identifies the organisation: letters and digits of its words, without legal suffixes.</summary>
    public static string Key(string organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var cleaned = new StringBuilder(organisation.Length);
        foreach (char c in organisation.ToUpperInvariant())
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? c : c is '&' ? '&' : ' ');
        }

        List<string> words = [.. cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        if (words.Count > 1 && words[0] == "THE")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && s_legalWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    public static bool Same(string? left, string? right) =>
        left is not null && right is not null && Key(left) is { Length: > 0 } key && string.Equals(key, Key(right), StringComparison.Ordinal);
}
