using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Tests.FlowsTwo;

/// <summary>Hooks that record every call and schedule whatever they are asked to (or only some of it).</summary>
internal sealed class RecordingHooks : IFlowsTwoHooks
{
    public List<(string User, DebriefRecord Debrief, IReadOnlyList<Contact> Referrals, IReadOnlyList<PlannedFollowUp> FollowUps)> Debriefs { get; } = [];

    public List<(string User, IReadOnlyList<Contact> Contacts)> SearchesEnded { get; } = [];

    public List<string> Erased { get; } = [];

    /// <summary>Which follow-up kinds the host can schedule; everything when null.</summary>
    public HashSet<FollowUpKind>? Schedulable { get; set; }

    public int OtherItems { get; set; } = 3;

    public IReadOnlyList<ExportedRecord> OtherData { get; set; } = [];

    public ValueTask<IReadOnlyList<PlannedFollowUp>> OnDebriefCompletedAsync(
        string userKey, DebriefRecord debrief, IReadOnlyList<Contact> createdReferrals, IReadOnlyList<PlannedFollowUp> followUps, CancellationToken cancellationToken)
    {
        Debriefs.Add((userKey, debrief, createdReferrals, followUps));
        IReadOnlyList<PlannedFollowUp> scheduled = followUps.Where(f => Schedulable is null || Schedulable.Contains(f.Kind)).ToList();
        return ValueTask.FromResult(scheduled);
    }

    public ValueTask<int> OnSearchEndedAsync(string userKey, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        SearchesEnded.Add((userKey, contacts));
        return ValueTask.FromResult(contacts.Count);
    }

    public ValueTask<IReadOnlyList<ExportedRecord>> ExportOtherUserDataAsync(string userKey, CancellationToken cancellationToken) =>
        ValueTask.FromResult(OtherData);

    public ValueTask<int> EraseOtherUserDataAsync(string userKey, CancellationToken cancellationToken)
    {
        Erased.Add(userKey);
        return ValueTask.FromResult(OtherItems);
    }
}
