namespace InterviewCoach.Coaching;

/// <summary>
/// Options for the question, prep and debrief flows when something already knows the contact (a reminder's button,
/// a contact card). Begun without options, each flow asks which contact it is about.
/// </summary>
/// <param name="ContactId">The contact's id, or null for a generic question list.</param>
public sealed record ContactFlowOptions(string? ContactId)
{
    /// <summary>
    /// The words typed after the command ("debrief grace", "questions for Maria Lopez"): the flow looks for a contact
    /// by that name and asks which contact only when none matches.
    /// </summary>
    public string? Named { get; init; }

    /// <summary>
    /// The options for a command's arguments: the contact when the text is a contact id (<c>debrief 3fa...</c>, as a
    /// reminder's "open" button sends it), otherwise the words to find a contact by name.
    /// </summary>
    public static ContactFlowOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string id = text.Trim();
        return Contacts.ContactId.IsValid(id) ? new ContactFlowOptions(id)
            : id.Length is > 0 and <= CoachPrompts.MaxShortLength ? new ContactFlowOptions((string?)null) { Named = id }
            : null;
    }
}
