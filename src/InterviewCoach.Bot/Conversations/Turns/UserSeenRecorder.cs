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

    public async Task RecordAsync(UserAddress user, string referencePayload, string? timeZoneId, CancellationToken cancellationToken)
    {
        ReferenceRefresh refresh = await references.RefreshFromTurnAsync(user, referencePayload, timeZoneId, cancellationToken).ConfigureAwait(false);
        if (!refresh.Written)
        {
            return;
        }

        var seen = new UserSeen(user, timeZoneId, refresh.WasAway);
        foreach (IUserSeenHandler handler in _handlers)
        {
            await handler.HandleAsync(seen, cancellationToken).ConfigureAwait(false);
        }
    }
}
