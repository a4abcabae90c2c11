using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching;

/// <summary>Reads and conditional writes of the records the flows share (profile, contacts).</summary>
internal static class FlowsTwoRecords
{
    /// <summary>The id of the one profile record each user has.</summary>
    public const string ProfileId = "main";

    public static async ValueTask<CoachingProfile?> GetProfileAsync(CoachServices services, string userKey, CancellationToken cancellationToken) =>
        (await services.Records.GetAsync(userKey, UserRecordKinds.Profile, ProfileId, CoachingJsonContext.Default.CoachingProfile, cancellationToken).ConfigureAwait(false))?.Value;

    public static async ValueTask<IReadOnlyList<Contact>> ListContactsAsync(CoachServices services, string userKey, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredRecord<Contact>> stored = await services.Records
            .ListAsync(userKey, UserRecordKinds.Contact, CoachingJsonContext.Default.Contact, cancellationToken).ConfigureAwait(false);
        return stored.Select(r => r.Value).ToList();
    }

    public static async ValueTask<Contact?> GetContactAsync(CoachServices services, string userKey, string? contactId, CancellationToken cancellationToken)
    {
        if (!ContactId.IsValid(contactId))
        {
            return null;
        }

        return (await services.Records.GetAsync(userKey, UserRecordKinds.Contact, contactId!, CoachingJsonContext.Default.Contact, cancellationToken).ConfigureAwait(false))?.Value;
    }

    /// <summary>Saves a new contact (fails if the id exists).</summary>
    public static async ValueTask CreateContactAsync(CoachServices services, string userKey, Contact contact, CancellationToken cancellationToken) =>
        await services.Records.SaveAsync(userKey, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored contact and saves it on the ETag it read; when another write
    /// won, reads again and retries once (the change is re-applied to the newer version, so neither update is lost).
    /// </summary>
    /// <returns>The saved contact, or null when it no longer exists.</returns>
    /// <exception cref="UserRecordConflictException">The contact changed under both attempts.</exception>
    public static async ValueTask<Contact?> UpdateContactAsync(
        CoachServices services, string userKey, string contactId, Func<Contact, Contact> change, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            StoredRecord<Contact>? stored = await services.Records
                .GetAsync(userKey, UserRecordKinds.Contact, contactId, CoachingJsonContext.Default.Contact, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return null;
            }

            Contact changed = change(stored.Value);
            if (changed == stored.Value)
            {
                return changed;
            }

            try
            {
                await services.Records.SaveAsync(userKey, UserRecordKinds.Contact, contactId, changed, CoachingJsonContext.Default.Contact, stored.ETag, cancellationToken).ConfigureAwait(false);
                return changed;
            }
            catch (UserRecordConflictException) when (attempt < 2)
            {
                // Someone else saved this contact since we read it: apply the change to their version.
            }
        }
    }
}
