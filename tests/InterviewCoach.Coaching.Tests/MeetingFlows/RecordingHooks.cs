using InterviewCoach.Coaching.Privacy;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Tests.MeetingFlows;

/// <summary>Hooks that record every erasure and hand back the export they are given.</summary>
internal sealed class RecordingHooks : IHostUserData
{
    public List<string> Erased { get; } = [];

    public int OtherItems { get; set; } = 3;

    public IReadOnlyList<ExportedRecord> OtherData { get; set; } = [];

    public ValueTask<IReadOnlyList<ExportedRecord>> ExportOtherUserDataAsync(string userKey, CancellationToken cancellationToken) =>
        ValueTask.FromResult(OtherData);

    public ValueTask<int> EraseOtherUserDataAsync(string userKey, CancellationToken cancellationToken)
    {
        Erased.Add(userKey);
        return ValueTask.FromResult(OtherItems);
    }
}
