namespace InterviewCoach.Coaching.Storage;

/// <summary>How a read-modify-save through <see cref="RecordUpdater"/> ended.</summary>
internal enum RecordUpdateStatus
{
    /// <summary>Saved on the first try.</summary>
    Saved,

    /// <summary>The record changed under us; the change was applied again to the fresh copy and saved.</summary>
    SavedAfterRetry,

    /// <summary>The record does not exist (any more) and the change needed it.</summary>
    Missing,

    /// <summary>The record kept changing under us; nothing was saved.</summary>
    Conflict,
}
