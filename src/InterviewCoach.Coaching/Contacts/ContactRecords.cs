using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>The user's contacts: kind <c>contact</c>, one record per contact keyed by its <see cref="ContactId"/>.</summary>
internal static class ContactRecords
{
    /// <summary>Reads one contact; null for a missing contact or an id that is not a contact id (a forged button).</summary>
    public static async ValueTask<Contact?> GetAsync(IUserRecordStore store, string userKey, string? id, CancellationToken cancellationToken)
    {
        if (!ContactId.IsValid(id))
        {
            return null;
        }

        return (await store.GetAsync(userKey, UserRecordKinds.Contact, id!, CoachingJsonContext.Default.Contact, cancellationToken).ConfigureAwait(false))?.Value;
    }

    /// <summary>Every contact, by name.</summary>
    public static async ValueTask<IReadOnlyList<Contact>> ListAsync(IUserRecordStore store, string userKey, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredRecord<Contact>> records = await store.ListAsync(userKey, UserRecordKinds.Contact, CoachingJsonContext.Default.Contact, cancellationToken).ConfigureAwait(false);
        return records.Select(r => r.Value).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.CreatedAt).ToList();
    }

    public static async ValueTask CreateAsync(IUserRecordStore store, string userKey, Contact contact, CancellationToken cancellationToken) =>
        await store.SaveAsync(userKey, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, expectedETag: null, cancellationToken).ConfigureAwait(false);

    /// <summary>Applies <paramref name="change"/> to the stored contact on its ETag (re-read and re-applied once on a conflict).</summary>
    public static async ValueTask<RecordUpdate<Contact>> UpdateAsync(
        IUserRecordStore store,
        string userKey,
        string id,
        Func<Contact, Contact> change,
        CancellationToken cancellationToken)
    {
        if (!ContactId.IsValid(id))
        {
            return new RecordUpdate<Contact>(RecordUpdateStatus.Missing, null);
        }

        return await RecordUpdater.UpdateAsync(
            store,
            userKey,
            UserRecordKinds.Contact,
            id,
            CoachingJsonContext.Default.Contact,
            current => current is null ? null : change(current),
            cancellationToken).ConfigureAwait(false);
    }

    public static ValueTask DeleteAsync(IUserRecordStore store, string userKey, string id, CancellationToken cancellationToken) =>
        store.DeleteAsync(userKey, UserRecordKinds.Contact, id, cancellationToken);

    /// <summary>What to tell the user after an update; null when it simply worked.</summary>
    public static string? Explain(RecordUpdate<Contact> update) => update.Status switch
    {
        RecordUpdateStatus.SavedAfterRetry => "(This contact was changed somewhere else at the same moment, so I applied your change to the newest version.)",
        RecordUpdateStatus.Conflict => "Sorry, this contact kept changing somewhere else while I saved, so your change wasn't saved. Please try again.",
        RecordUpdateStatus.Missing => "I can't find that contact any more; it may have been deleted.",
        _ => null,
    };

    public const string NotFound = "I can't find that contact any more; it may have been deleted.";
}
