namespace InterviewCoach.Coaching.Text;

/// <summary>
/// A field or job title typed all in lower case, with the initialisms in it in capitals ("ux design" → "UX design",
/// "hr business partner" → "HR business partner"). The other words stay as typed: fields and job titles are common
/// nouns in running English. Text typed with any capital was cased on purpose and is kept as it is.
/// </summary>
internal static class FieldCasing
{
    // Initialisms common in fields and job titles. Not "it", which is far more often the pronoun ("moving into it").
    private static readonly HashSet<string> s_initialisms = new(StringComparer.Ordinal)
    {
        "ux", "ui", "hr", "pr", "qa", "seo", "ai", "ml", "ceo", "cto", "cfo", "coo", "cmo", "vp", "gp", "nhs", "ngo", "esg", "crm",
        "sql", "saas", "b2b", "b2c", "cx", "dei", "edi", "r&d", "sen", "ict", "ppc", "api", "aws", "ehs", "hse",
    };

    public static string Cased(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (trimmed.Any(char.IsUpper))
        {
            return trimmed;
        }

        string[] words = trimmed.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            // "ux/ui", "(hr)", "ux,": the initialism inside its punctuation.
            words[i] = string.Join('/', words[i].Split('/').Select(CasedPart));
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// <see cref="Cased"/>, and a first letter typed in lower case made a capital, for a role or field that starts a
    /// line of its own (a card's subtitle): "ux designer at Google" → "UX designer at Google", "nurse" → "Nurse".
    /// </summary>
    public static string AtLineStart(string text)
    {
        string cased = Cased(text);
        return cased.Length > 0 && char.IsLower(cased[0]) && !text.Trim().Any(char.IsUpper)
            ? string.Concat(char.ToUpperInvariant(cased[0]).ToString(), cased.AsSpan(1))
            : cased;
    }

    private static string CasedPart(string part)
    {
        int start = 0;
        int end = part.Length;
        while (start < end && !char.IsLetterOrDigit(part[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(part[end - 1]))
        {
            end--;
        }

        string core = part[start..end];
        return s_initialisms.Contains(core) ? string.Concat(part.AsSpan(0, start), core.ToUpperInvariant(), part.AsSpan(end)) : part;
    }
}
