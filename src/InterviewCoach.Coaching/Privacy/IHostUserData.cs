using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Privacy;

/// <summary>
/// The user's data the host keeps outside the coach's records, for the privacy flows: the tables the coach does not own
/// (reminders, conversation references, dialog state). Follow-ups are not here: flows schedule them through
/// <see cref="Reminders.FollowThrough"/> and <see cref="CoachServices.Reminders"/>.
/// </summary>
public interface IHostUserData
{
    /// <summary>Everything the host keeps for the user outside <see cref="IUserRecordStore"/>, for "export my data".</summary>
    ValueTask<IReadOnlyList<ExportedRecord>> ExportOtherUserDataAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the user's reminders, conversation references and dialog state in every other table ("delete my data";
    /// the records are already gone). Returns how many items were removed.
    /// </summary>
    /// <remarks>
    /// Called during the turn that confirms the deletion. The dialog runner saves that conversation's state once the
    /// turn ends (with an empty stack), so erase the current conversation's dialog state after the turn is saved, or
    /// delete it unconditionally then; deleting it mid-turn makes the runner's conditional write conflict and re-run
    /// the turn.
    /// </remarks>
    ValueTask<int> EraseOtherUserDataAsync(string userKey, CancellationToken cancellationToken);
}
