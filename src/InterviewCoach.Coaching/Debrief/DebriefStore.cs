using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>Reading and updating a user's debriefs.</summary>
public static class DebriefStore
{
    /// <summary>Every debrief of the user, oldest first (ids start with the meeting date).</summary>
    public static async ValueTask<IReadOnlyList<DebriefRecord>> ListAsync(CoachServices services, string userKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        IReadOnlyList<StoredRecord<DebriefRecord>> stored = await services.Records
            .ListAsync(userKey, UserRecordKinds.Debrief, CoachingJsonContext.Default.DebriefRecord, cancellationToken).ConfigureAwait(false);
        return stored.Select(r => r.Value).ToList();
    }

    /// <summary>The debriefs of one contact, oldest first.</summary>
    public static async ValueTask<IReadOnlyList<DebriefRecord>> ListForContactAsync(CoachServices services, string userKey, string contactId, CancellationToken cancellationToken = default) =>
        (await ListAsync(services, userKey, cancellationToken).ConfigureAwait(false)).Where(d => d.ContactId == contactId).ToList();

    /// <summary>
    /// Records that the thank-you note went out now (a reminder's "Done" button may call this) and moves the contact
    /// to <see cref="ContactStage.Thanked"/>. Returns false when the debrief no longer exists.
    /// </summary>
    public static async ValueTask<bool> MarkThankYouSentAsync(CoachServices services, string userKey, string debriefId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        DateTimeOffset now = services.Time.GetUtcNow();
        DebriefRecord? debrief = null;
        for (int attempt = 1; debrief is null; attempt++)
        {
            StoredRecord<DebriefRecord>? stored = await services.Records
                .GetAsync(userKey, UserRecordKinds.Debrief, debriefId, CoachingJsonContext.Default.DebriefRecord, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return false;
            }

            if (stored.Value.ThankYouSentAt is not null)
            {
                return true;
            }

            try
            {
                DebriefRecord sent = stored.Value with { ThankYouSentAt = now };
                await services.Records.SaveAsync(userKey, UserRecordKinds.Debrief, debriefId, sent, CoachingJsonContext.Default.DebriefRecord, stored.ETag, cancellationToken).ConfigureAwait(false);
                debrief = sent;
            }
            catch (UserRecordConflictException) when (attempt < 2)
            {
                // Changed since we read it: read again and mark the newer version.
            }
        }

        RecordUpdate<Contact> contactUpdate = await ContactRecords.UpdateAsync(services.Records, userKey, debrief.ContactId, c => c.Stage is ContactStage.Met or ContactStage.MeetingSet or ContactStage.Asked or ContactStage.ToContact
            ? c with { Stage = ContactStage.Thanked, UpdatedAt = now }
            : c, cancellationToken).ConfigureAwait(false);
        if (contactUpdate.Status == RecordUpdateStatus.Conflict)
        {
            // The note is marked sent; the contact's stage lost the race twice, so let the turn fail and be retried.
            throw new UserRecordConflictException("The contact kept changing while its stage was moved to thanked.");
        }

        // The note is out: the 24 h reminder and the 48 h escalation have done their job.
        if (services.Reminders is { } reminders)
        {
            await reminders.CancelAsync(userKey, ReminderCancellation.ByContact(debrief.ContactId, ReminderKind.ThankYouNote), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
