namespace InterviewCoach.Coaching;

/// <summary>
/// Options for the question, prep and debrief flows when something already knows the contact (a reminder's button,
/// a contact card). Begun without options, each flow asks which contact it is about.
/// </summary>
/// <param name="ContactId">The contact's id, or null for a generic question list.</param>
public sealed record ContactFlowOptions(string? ContactId)
{
    /// <summary>
    /// The options for a command's arguments (<c>debrief 3fa...</c>, as a reminder's "open" button sends it): the contact
    /// when the text is a contact id, otherwise null so the flow asks.
    /// </summary>
    public static ContactFlowOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string id = text.Trim();
        return Contacts.ContactId.IsValid(id) ? new ContactFlowOptions(id) : null;
    }
}
