using InterviewCoach.Bot.Conversations.Proactive;


namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// What a user's inbound turn records besides the coaching: their conversation reference, and, when that write changed
/// the stored reference, a <see cref="UserSeen"/> for every <see cref="IUserSeenHandler"/>. Channel adapters call it
/// once per personal turn; storage failures propagate to them.
/// </summary>
internal sealed class UserSeenRecorder(ConversationReferenceStore references, IEnumerable<IUserSeenHandler> handlers)
{
    private readonly IUserSeenHandler[] _handlers = [.. handlers];

    /// <summary>Stores the reference, then tells the handlers if it changed.</summary>
    /// <param name="user">Who sent the turn.</param>
    /// <param name="referencePayload">The channel's reference.</param>
    /// <param name="timeZoneId">The time zone the channel reports, if any.</param>
    /// <param name="referenceCreated">
    /// When given, completed as soon as the reference write has settled, before the handlers run: true when it created
    /// the user's row, so the turn can expect no stored dialog state (see <see cref="ConversationReferenceStore.RefreshFromTurnAsync"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    public async Task RecordAsync(UserAddress user, string referencePayload, string? timeZoneId, CancellationToken cancellationToken, TaskCompletionSource<bool>? referenceCreated = null)
    {
        ReferenceRefresh refresh = await references.RefreshFromTurnAsync(user, referencePayload, timeZoneId, referenceCreated, cancellationToken).ConfigureAwait(false);
        if (!refresh.Written)
        {
            return;
        }

        var seen = new UserSeen(user, timeZoneId, refresh.WasAway, refresh.Created);
        foreach (IUserSeenHandler handler in _handlers)
        {
            await handler.HandleAsync(seen, cancellationToken).ConfigureAwait(false);
        }
    }
}
