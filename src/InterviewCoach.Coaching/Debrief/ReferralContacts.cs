using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>The people a contact suggested, saved as contacts referred by them, with the follow-ups a debrief raises for each.</summary>
internal static class ReferralContacts
{
    /// <summary>Creates a contact for each of <paramref name="suggested"/>, referred by <paramref name="referrer"/>; returns each referral with its new contact's id.</summary>
    public static async Task<IReadOnlyList<(Contact Contact, DebriefReferral Referral)>> CreateAsync(
        CoachServices services, string userKey, Contact referrer, IReadOnlyList<DebriefReferral> suggested, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var created = new List<(Contact, DebriefReferral)>();
        foreach (DebriefReferral referral in suggested)
        {
            Contact referred = Contact.Create(referral.Name, now) with
            {
                Role = referral.Role,
                Organisation = referral.Organisation,
                Connection = ConnectionKind.ReferredBy,
                ReferredByName = referrer.Name,
                ReferredByContactId = referrer.Id,
                ConnectionNote = referral.MayUseName ? $"{referrer.Name} said you may mention them." : $"Check with {referrer.Name} before mentioning them.",
            };
            await ContactRecords.CreateAsync(services.Records, userKey, referred, cancellationToken).ConfigureAwait(false);
            created.Add((referred, referral with { ContactId = referred.Id }));
        }

        return created;
    }

    /// <summary>
    /// The people <paramref name="written"/> says <paramref name="contactName"/> suggested, leaving out anyone already
    /// in the contacts (read only when someone is named).
    /// </summary>
    public static async ValueTask<IReadOnlyList<DebriefReferral>> SuggestedAsync(
        CoachServices services, string userKey, string written, string contactName, CancellationToken cancellationToken)
    {
        IReadOnlyList<DebriefReferral> noted = DebriefNotes.Referrals(written, contactName);
        if (noted.Count == 0)
        {
            return noted;
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(services.Records, userKey, cancellationToken).ConfigureAwait(false);
        return [.. noted.Where(r => !contacts.Any(c => string.Equals(c.Name, r.Name, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>What to tell the user about the contacts just created; null when there are none.</summary>
    public static string? Added(IReadOnlyList<(Contact Contact, DebriefReferral Referral)> created, string referrerName) =>
        created.Count == 0 ? null : $"I've added {string.Join(", ", created.Select(c => c.Contact.Name))} to your contacts, noted as suggested by {referrerName}.";

    /// <summary>The follow-up reminders for referrals just saved.</summary>
    public static IReadOnlyList<ReferralFollowUp> FollowUps(IReadOnlyList<(Contact Contact, DebriefReferral Referral)> created) =>
        [.. created.Select(c => new ReferralFollowUp(new ReminderContact(c.Contact.Id, c.Contact.Name, c.Contact.Organisation), c.Referral.MayUseName))];
}
