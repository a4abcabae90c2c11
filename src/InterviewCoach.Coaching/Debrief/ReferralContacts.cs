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

    /// <summary>The follow-up reminders for referrals just saved.</summary>
    public static IReadOnlyList<ReferralFollowUp> FollowUps(IReadOnlyList<(Contact Contact, DebriefReferral Referral)> created) =>
        [.. created.Select(c => new ReferralFollowUp(new ReminderContact(c.Contact.Id, c.Contact.Name, c.Contact.Organisation), c.Referral.MayUseName))];
}
