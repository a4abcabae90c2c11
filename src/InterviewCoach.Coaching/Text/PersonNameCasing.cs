namespace InterviewCoach.Coaching.Text;

/// <summary>
/// A person's name typed all in lower case ("sam", "mary-jane o'neil") given the capitals it is written with
/// ("Sam", "Mary-Jane O'Neil"). A name with any capital in it was cased on purpose ("McKenzie", "de Souza") and is
/// kept exactly as typed.
/// </summary>
internal static class PersonNameCasing
{
    // Particles that stay lower case inside a name ("maria de souza" → "Maria de Souza"), though not as its first word.
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "di", "la", "le", "van", "von", "y", "bin", "ibn", "al",
    };

    public static string Cased(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string trimmed = name.Trim();
        if (trimmed.Any(char.IsUpper) || !trimmed.Any(char.IsLetter))
        {
            return trimmed;
        }

        string[] words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = i > 0 && i < words.Length - 1 && s_particles.Contains(words[i]) ? words[i] : CasedWord(words[i]);
        }

        return string.Join(' ', words);
    }

    private static string CasedWord(string word)
    {
        var cased = word.ToCharArray();
        bool startOfPart = true;
        for (int i = 0; i < cased.Length; i++)
        {
            if (startOfPart && char.IsLetter(cased[i]))
            {
                cased[i] = char.ToUpperInvariant(cased[i]);
                startOfPart = false;
            }

            // A new part after a hyphen ("Mary-Jane") or after a one-letter prefix and apostrophe ("O'Neil", "D'Arcy").
            if (cased[i] == '-' || (cased[i] is '\'' or '’' && i == 1))
            {
                startOfPart = true;
            }
        }

        // "mckenzie" → "McKenzie": the Mc prefix is always followed by a capital.
        if (cased.Length > 3 && cased[0] == 'M' && cased[1] == 'c' && char.IsLetter(cased[2]))
        {
            cased[2] = char.ToUpperInvariant(cased[2]);
        }

        return new string(cased);
    }

    /// <summary>
    /// An organisation typed all in lower case, with each word capitalised ("ocado" → "Ocado", "bank of england" →
    /// "Bank of England") and initials in capitals ("bbc" → "BBC"); one typed with any capital ("IBM", "easyJet") is kept as typed.
    /// </summary>
    public static string Organisation(string organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        string trimmed = organisation.Trim();
        if (trimmed.Any(char.IsUpper) || !trimmed.Any(char.IsLetter))
        {
            return trimmed;
        }

        string[] words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => i > 0 && s_organisationLinks.Contains(w) ? w
            : IsInitials(w) ? w.ToUpperInvariant()
            : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    // "bbc", "nhs", "kpmg", "pwc": a short word with no vowel is a set of initials, not a name to capitalise once.
    private static bool IsInitials(string word) => word.Length is >= 2 and <= 4 && word.All(char.IsAsciiLetter) && !word.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal));

    // Small words that stay lower case inside an organisation's name ("Bank of England", "Marks and Spencer").
    private static readonly HashSet<string> s_organisationLinks = new(StringComparer.Ordinal) { "of", "and", "for", "the", "a", "an", "in", "on", "at", "de", "la", "&" };
}
