namespace InterviewCoach.Coaching.Contacts;

/// <summary>How the contacts flow was begun: with <see cref="ViewId"/> it opens one contact instead of the list.</summary>
internal sealed record ContactsOptions(string? ViewId)
{
    /// <summary><c>contacts &lt;id&gt;</c> (a reminder's "open the contact" button) opens that contact; anything else, the list.</summary>
    public static ContactsOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string id = text.Trim();
        return ContactId.IsValid(id) ? new ContactsOptions(id) : null;
    }
}
