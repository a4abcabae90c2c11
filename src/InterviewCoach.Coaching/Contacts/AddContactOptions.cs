namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Begin <see cref="AddContactDialog"/> with these when the new contact was passed on by someone (a debrief's
/// referral): the contact is saved as referred by that person and the connection question is skipped.
/// </summary>
/// <param name="ReferredByName">Who passed on the name.</param>
/// <param name="ReferredByContactId">The referrer's own contact id, when they are in the user's list.</param>
/// <param name="Name">The new contact's name, when already known; it fills the form.</param>
/// <param name="Organisation">Where they work, when already known (an employer named in a debrief); it fills the form.</param>
internal sealed record AddContactOptions(string? ReferredByName, string? ReferredByContactId = null, string? Name = null, string? Organisation = null)
{
    /// <summary>The whole contact as typed at the menu ("my former classmate Ngozi Eze, she is …"): read as the form's answer.</summary>
    public string? Typed { get; init; }
}
