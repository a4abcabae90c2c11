using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Goals;

/// <summary>The user's one profile record (kind <c>profile</c>, id <c>main</c>).</summary>
internal static class ProfileRecords
{
    public const string RecordId = "main";

    public static async ValueTask<CoachingProfile?> GetAsync(IUserRecordStore store, string userKey, CancellationToken cancellationToken) =>
        (await store.GetAsync(userKey, UserRecordKinds.Profile, RecordId, CoachingJsonContext.Default.CoachingProfile, cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>Applies <paramref name="change"/> to the stored profile (or a blank one) and saves it on its ETag.</summary>
    public static ValueTask<RecordUpdate<CoachingProfile>> UpdateAsync(
        IUserRecordStore store,
        string userKey,
        Func<CoachingProfile, CoachingProfile> change,
        CancellationToken cancellationToken,
        bool knownAbsent = false) =>
        RecordUpdater.UpdateAsync(
            store,
            userKey,
            UserRecordKinds.Profile,
            RecordId,
            CoachingJsonContext.Default.CoachingProfile,
            current => change(current ?? new CoachingProfile()),
            cancellationToken,
            knownAbsent);

    /// <summary>What to tell the user after an update; null when it simply worked.</summary>
    public static string? Explain<T>(RecordUpdate<T> update)
        where T : class => update.Status switch
        {
            RecordUpdateStatus.SavedAfterRetry => "(Your details changed somewhere else at the same moment, so I applied this on top of the newest version.)",
            RecordUpdateStatus.Conflict => "Sorry, your details kept changing somewhere else while I saved, so this change wasn't saved. Please try again in a moment.",
            RecordUpdateStatus.Missing => "Sorry, I couldn't find that any more; it may have been deleted.",
            _ => null,
        };
}
