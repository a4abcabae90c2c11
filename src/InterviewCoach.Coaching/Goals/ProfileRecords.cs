using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching.Goals;

/// <summary>The user's one profile record (kind <c>profile</c>, id <c>main</c>).</summary>
internal static class ProfileRecords
{
    public const string RecordId = "main";

    /// <summary>
    /// A conversation fact (<see cref="DialogSet.NewConversationFacts"/>): no profile exists. It holds from a new user's
    /// first turn, because every profile write goes through <see cref="UpdateAsync"/>, which forgets it in the same turn.
    /// </summary>
    public const string AbsentFact = "noProfile";

    /// <summary>
    /// Whether the conversation knows there is no profile. Only a conversation keyed by its user (one per user, as the
    /// channels here do) can know: another conversation of the same user could have written one.
    /// </summary>
    public static bool KnownAbsent(DialogContext conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.Knows(AbsentFact) && string.Equals(conversation.Input.ConversationKey, conversation.Input.UserKey, StringComparison.Ordinal);
    }

    /// <summary>The profile, or null; no read when the conversation knows there is none.</summary>
    public static async ValueTask<CoachingProfile?> GetAsync(IUserRecordStore store, DialogContext conversation, CancellationToken cancellationToken) =>
        KnownAbsent(conversation) ? null : await GetAsync(store, conversation.Input.UserKey, cancellationToken).ConfigureAwait(false);

    public static async ValueTask<CoachingProfile?> GetAsync(IUserRecordStore store, string userKey, CancellationToken cancellationToken) =>
        (await store.GetAsync(userKey, UserRecordKinds.Profile, RecordId, CoachingJsonContext.Default.CoachingProfile, cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>
    /// Applies <paramref name="change"/> to the stored profile (or a blank one) and saves it on its ETag; the
    /// conversation forgets that there was no profile. With <paramref name="knownAbsent"/>, or when the conversation
    /// knows there is none, the first attempt inserts without reading (a conflict reads and applies on top).
    /// </summary>
    public static ValueTask<RecordUpdate<CoachingProfile>> UpdateAsync(
        IUserRecordStore store,
        DialogContext conversation,
        Func<CoachingProfile, CoachingProfile> change,
        CancellationToken cancellationToken,
        bool knownAbsent = false)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        bool absent = knownAbsent || KnownAbsent(conversation);
        conversation.Forget(AbsentFact);
        return RecordUpdater.UpdateAsync(
            store,
            conversation.Input.UserKey,
            UserRecordKinds.Profile,
            RecordId,
            CoachingJsonContext.Default.CoachingProfile,
            current => change(current ?? new CoachingProfile()),
            cancellationToken,
            absent);
    }

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
