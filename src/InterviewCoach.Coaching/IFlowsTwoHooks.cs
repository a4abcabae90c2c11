using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching;

/// <summary>
/// What the question, debrief and privacy flows need from the host beyond the user's records: scheduling
/// follow-ups and reaching the tables the coach does not own (reminders, conversation references, dialog state).
/// When the host passes no hooks, the flows still work and simply say nothing about reminders.
/// </summary>
public interface IFlowsTwoHooks
{
    /// <summary>
    /// A debrief was saved. Schedule what the host can of <paramref name="followUps"/> (the coach's policy: thank-you
    /// within 24 hours, promised items, each referral, a progress update in about two months, closing the loop when the
    /// search ends) and return the ones actually scheduled; the coach tells the user exactly those.
    /// </summary>
    ValueTask<IReadOnlyList<PlannedFollowUp>> OnDebriefCompletedAsync(
        string userKey,
        DebriefRecord debrief,
        IReadOnlyList<Contact> createdReferrals,
        IReadOnlyList<PlannedFollowUp> followUps,
        CancellationToken cancellationToken);

    /// <summary>
    /// The user's search has ended: schedule a "close the loop" message to each of <paramref name="contacts"/>
    /// (everyone who helped) and cancel pending progress updates. Returns how many reminders were scheduled.
    /// </summary>
    ValueTask<int> OnSearchEndedAsync(string userKey, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken);

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
