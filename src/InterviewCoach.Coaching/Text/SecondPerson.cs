namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Turns a note the user wrote about someone into words said to them: "her team opened a ward" becomes "your team
/// opened a ward", "she was a teacher" becomes "you were a teacher". Only pronouns and the verb right after a subject
/// pronoun change; the user sees the result before using it.
/// </summary>
public static class SecondPerson
{
    private static readonly Dictionary<string, string> s_pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["she"] = "you", ["he"] = "you", ["they"] = "you", ["him"] = "you", ["them"] = "you",
        ["his"] = "your", ["their"] = "your", ["hers"] = "yours", ["theirs"] = "yours",
        ["she's"] = "you're", ["he's"] = "you're", ["they're"] = "you're",
        ["herself"] = "yourself", ["himself"] = "yourself", ["themselves"] = "yourself",
    };

    private static readonly HashSet<string> s_subjects = new(StringComparer.OrdinalIgnoreCase) { "she", "he", "they" };

    // The words that name one person; beside them, "they" means someone else: the organisation or the team.
    private static readonly HashSet<string> s_singular = new(StringComparer.OrdinalIgnoreCase)
    {
        "she", "he", "her", "him", "his", "hers", "herself", "himself", "she's", "he's",
    };

    // Only the subject changes: "their new app" beside "she" still reads well as "your new app".
    private static readonly HashSet<string> s_plural = new(StringComparer.OrdinalIgnoreCase) { "they", "they're" };

    // After a subject pronoun turned into "you", the verb agrees with it.
    private static readonly Dictionary<string, string> s_verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["is"] = "are", ["was"] = "were", ["has"] = "have", ["does"] = "do",
    };

    // Words after "she"/"he" that end in s but are not verbs taking it ("she always", "he sometimes").
    private static readonly HashSet<string> s_notVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "always", "sometimes", "perhaps", "nowadays", "afterwards", "also", "thus", "us", "bus", "plus", "was", "has", "is", "does",
    };

    /// <summary>
    /// The note addressed to its subject; the first letter is lowercased when the note began with a pronoun. In a note
    /// that also says "she" or "he" ("they just launched an app and she led the research"), "they" is the
    /// organisation: it becomes <paramref name="organisation"/>, or "your team" when that is unknown.
    /// </summary>
    public static string From(string note, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        string[] words = note.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return string.Empty;
        }

        bool theyAreOthers = words.Any(w => s_singular.Contains(w.TrimEnd(',', '.', ';', ':')));

        string first = words[0].TrimEnd(',', '.', ';');
        bool pronounFirst = s_pronouns.ContainsKey(first) || string.Equals(first, "her", StringComparison.OrdinalIgnoreCase);
        for (int i = 0; i < words.Length; i++)
        {
            string bare = words[i].TrimEnd(',', '.', ';', ':');
            string tail = words[i][bare.Length..];
            if (theyAreOthers && s_plural.Contains(bare))
            {
                words[i] = Others(bare, organisation) + tail;
            }
            else if (string.Equals(bare, "her", StringComparison.OrdinalIgnoreCase))
            {
                // "her team" is hers; "met her" is her.
                bool possessive = tail.Length == 0 && i + 1 < words.Length && !s_verbs.ContainsKey(words[i + 1]);
                words[i] = (possessive ? "your" : "you") + tail;
            }
            else if (s_pronouns.TryGetValue(bare, out string? swapped))
            {
                words[i] = swapped + tail;
                if (s_subjects.Contains(bare) && tail.Length == 0 && i + 1 < words.Length)
                {
                    words[i + 1] = s_verbs.TryGetValue(words[i + 1], out string? verb) ? verb : WithoutThirdPersonS(words[i + 1]);
                }
            }
        }

        string text = WithOrganisationAsWritten(string.Join(' ', words), organisation);
        bool organisationFirst = theyAreOthers && organisation is not null && s_plural.Contains(first);
        return pronounFirst && !organisationFirst ? string.Concat(char.ToLowerInvariant(text[0]).ToString(), text[1..]) : text;
    }

    // "the onboarding course for andela engineers" to a contact at Andela: the organisation as the user wrote it on the contact.
    private static string WithOrganisationAsWritten(string text, string? organisation)
    {
        if (organisation is not { Length: > 1 } written || !written.Any(char.IsUpper))
        {
            return text;
        }

        int at = text.IndexOf(written, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            int end = at + written.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                text = string.Concat(text.AsSpan(0, at), written, text.AsSpan(end));
            }

            at = text.IndexOf(written, end, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    // "they" beside "she": the organisation by name, or the contact's team, never "you".
    private static string Others(string pronoun, string? organisation) =>
        (organisation ?? "your team") + (pronoun.Equals("they're", StringComparison.OrdinalIgnoreCase) ? " is" : string.Empty);

    // "runs" → "run", "teaches" → "teach", "studies" → "study" after "she" becomes "you" ("they run" is left alone).
    internal static string WithoutThirdPersonS(string word)
    {
        string bare = word.TrimEnd(',', '.', ';', ':');
        string tail = word[bare.Length..];
        if (bare.Length < 4 || !bare.EndsWith('s') || bare.EndsWith("ss", StringComparison.Ordinal) || bare.EndsWith("us", StringComparison.Ordinal)
            || s_notVerbs.Contains(bare) || !bare.All(char.IsLetter))
        {
            return word;
        }

        string stem = bare.EndsWith("ies", StringComparison.Ordinal) ? bare[..^3] + "y"
            : bare.EndsWith("ches", StringComparison.Ordinal) || bare.EndsWith("shes", StringComparison.Ordinal) || bare.EndsWith("sses", StringComparison.Ordinal)
                || bare.EndsWith("xes", StringComparison.Ordinal) || bare.EndsWith("oes", StringComparison.Ordinal) ? bare[..^2]
            : bare[..^1];
        return stem + tail;
    }
}
