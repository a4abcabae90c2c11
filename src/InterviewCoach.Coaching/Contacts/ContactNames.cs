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
            string full = TextNormalizer.Normalize(contact.Name);
            string first = full.Split(' ')[0];
            foreach (string name in new[] { full, first })
            {
                if (name.Length > 1 && (normalized == name || normalized.StartsWith(name + " ", StringComparison.Ordinal)))
                {
                    return (contact, normalized[name.Length..].Trim());
                }
            }
        }

        return null;
    }
}
