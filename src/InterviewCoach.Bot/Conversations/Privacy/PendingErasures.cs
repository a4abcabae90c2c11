using System.Collections.Concurrent;
using InterviewCoach.Bot.Conversations.Turns;

namespace InterviewCoach.Bot.Conversations.Privacy;

/// <summary>
/// Users whose data was deleted during the current turn. Their dialog state can only go once the turn has saved it,
/// so the hook records the request and <see cref="CoachConversation"/> carries it out after the turn.
/// </summary>
internal sealed class PendingErasures
{
    private readonly ConcurrentDictionary<string, byte> _users = new(StringComparer.Ordinal);

    public void Request(string userKey) => _users[userKey] = 0;

    public bool TryTake(string userKey) => _users.TryRemove(userKey, out _);
}
