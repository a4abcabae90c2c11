namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// The clauses of a message typed as several ("put Ngozi on my list, she's a hydrologist at the water board"): the
/// request is often one of them, and read whole the message's other clauses (a job, a place, a reason) pull its
/// meaning toward whatever they are about. A clause ends at a comma, full stop, semicolon, colon, question or
/// exclamation mark followed by a space, or at a dash between spaces.
/// </summary>
internal static class MessageClauses
{
    /// <summary>A clause of fewer words ("hi,", "Dr Bello,") carries no request of its own.</summary>
    public const int FewestWords = 3;

    /// <summary>Longer messages are read by their first clauses only; the request is rarely later than the fourth.</summary>
    public const int MostClauses = 4;

    /// <summary>
    /// The clauses of <paramref name="text"/> of <see cref="FewestWords"/> words or more, at most
    /// <see cref="MostClauses"/>; empty when fewer than two such clauses (the message is then read whole only).
    /// </summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string>? clauses = null;
        int start = 0;
        for (int i = 0; i <= text.Length && (clauses?.Count ?? 0) < MostClauses; i++)
        {
            int end = i == text.Length ? i : EndsAt(text, i);
            if (end < 0)
            {
                continue;
            }

            ReadOnlySpan<char> clause = text.AsSpan(start, end - start).Trim(" \t\r\n,.;:!");
            if (WordCount(clause) >= FewestWords)
            {
                (clauses ??= []).Add(clause.ToString());
            }

            start = i + 1;
        }

        return clauses is { Count: >= 2 } ? clauses : [];
    }

    // Where the clause ending at i stops, or -1 when i ends none. A question mark stays with its clause (it says the
    // clause asks); the other marks are trimmed off.
    private static int EndsAt(string text, int i)
    {
        char c = text[i];
        bool spaceAfter = i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
        if (c is ',' or '.' or ';' or ':' or '!' or '?')
        {
            return spaceAfter ? i + 1 : -1;
        }

        return c is '-' or '—' or '–' && spaceAfter && i > 0 && char.IsWhiteSpace(text[i - 1]) ? i : -1;
    }

    // Words are what spaces separate ("she's", "20-min" and "🙂" are one each).
    private static int WordCount(ReadOnlySpan<char> clause)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in clause)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
