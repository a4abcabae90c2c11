namespace InterviewCoach.Coaching.Storage;

/// <summary>The outcome of <see cref="RecordUpdater.UpdateAsync{T}"/>: what happened and the value now stored.</summary>
internal sealed record RecordUpdate<T>(RecordUpdateStatus Status, T? Value)
    where T : class
{
    public bool Succeeded => Status is RecordUpdateStatus.Saved or RecordUpdateStatus.SavedAfterRetry;
}
