using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>Finds the contact a command names first ("call back Sam Thursday", "emailed Maria Lopez").</summary>
internal static class ContactNames
{
    /// <summary>The contact whose full or first name starts <paramref name="text"/>, and the words after it; null when none does.</summary>
    public static (Contact Contact, string Remainder)? AtStart(string text, IReadOnlyList<Contact> contacts)
    {
        string normalized = TextNormalizer.Normalize(text);
        foreach (Contact contact in contacts.OrderByDescending(c => c.Name.Length))
        {
            foreach (string name in Callable(contact.Name))
            {
                // "maria, it went well": the name ends at a space or a punctuation mark, never inside a word ("marian").
                if (name.Length > 1 && normalized.StartsWith(name, StringComparison.Ordinal)
                    && (normalized.Length == name.Length || !char.IsLetterOrDigit(normalized[name.Length])))
                {
                    return (contact, normalized[name.Length..].Trim(' ', ',', '.', ';', ':', '!', '-'));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// What a user calls a contact, normalised: the full name and the first name, and for "Dr Tomas Berg" also
    /// "tomas berg" and "tomas", since nobody types the title to mean the person.
    /// </summary>
    public static IEnumerable<string> Callable(string fullName)
    {
        string full = TextNormalizer.Normalize(fullName);
        string[] words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield break;
        }

        yield return full;
        yield return words[0];
        if (words.Length > 2 && words[0].TrimEnd('.') is "dr" or "prof" or "professor" or "mr" or "mrs" or "ms" or "mx")
        {
            yield return string.Join(' ', words[1..]);
            yield return words[1];
        }
    }
}
