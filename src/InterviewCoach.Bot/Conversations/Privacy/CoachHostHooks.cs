using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Coaching.Privacy;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Bot.Conversations.Privacy;

/// <summary>
/// The host's side of privacy: export and deletion reach the tables the coaching flows do not own (reminders,
/// conversation references, dialog state, replies kept for the next turn, Teams file offers).
/// </summary>
internal sealed class CoachHostHooks(
    ReminderUserData reminderData,
    ConversationReferenceStore references,
    IDialogStateStore dialogStates,
    PendingErasures erasures,
    UndeliveredReplies? undelivered = null,
    Teams.PendingFileUploads? pendingFiles = null) : IHostUserData
{
    public async ValueTask<IReadOnlyList<ExportedRecord>> ExportOtherUserDataAsync(string userKey, CancellationToken cancellationToken)
    {
        var records = new List<ExportedRecord>(await reminderData.ExportAsync(userKey, cancellationToken).ConfigureAwait(false));
        if (await references.GetAsync(userKey, cancellationToken).ConfigureAwait(false) is { } reference)
        {
            records.Add(new ExportedRecord("conversation-reference", reference.User.Channel, reference.Payload, reference.UpdatedAt));
        }

        if (await dialogStates.ReadAsync(userKey, cancellationToken).ConfigureAwait(false) is { } state)
        {
            records.Add(new ExportedRecord("conversation-state", "current", state.StateJson, null));
        }

        if (undelivered is not null)
        {
            records.AddRange(await undelivered.ExportAsync(userKey, cancellationToken).ConfigureAwait(false));
        }

        if (pendingFiles is not null)
        {
            records.AddRange(await pendingFiles.ExportAsync(userKey, cancellationToken).ConfigureAwait(false));
        }

        return records;
    }

    public async ValueTask<int> EraseOtherUserDataAsync(string userKey, CancellationToken cancellationToken)
    {
        int removed = await reminderData.EraseAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (await references.GetAsync(userKey, cancellationToken).ConfigureAwait(false) is not null)
        {
            await references.DeleteAsync(userKey, cancellationToken).ConfigureAwait(false);
            removed++;
        }

        // Replies kept for the next turn, and files offered, may quote what was just deleted.
        if (undelivered is not null)
        {
            removed += await undelivered.ForgetAsync(userKey, cancellationToken).ConfigureAwait(false);
        }

        if (pendingFiles is not null)
        {
            removed += await pendingFiles.ForgetAsync(userKey, cancellationToken).ConfigureAwait(false);
        }

        // The conversation's own state is still being written by this turn: CoachConversation deletes it once the turn is saved.
        erasures.Request(userKey);
        return removed;
    }
}
