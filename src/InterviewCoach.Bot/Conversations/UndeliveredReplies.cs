using System.Collections.Concurrent;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Conversations;

/// <summary>
/// Replies the outbox could not deliver after its retries, kept (in this instance's memory, bounded) so the user's next
/// turn starts with them: "I couldn't send this earlier: …". Deleting the user's data forgets them too.
/// </summary>
public sealed class UndeliveredReplies
{
    public const string Prefix = "I couldn't send this earlier: ";
    private const int MaxPerUser = 20;
    private const int MaxUsers = 10_000;
    private readonly ConcurrentDictionary<string, List<Reply>> _byUser = new(StringComparer.Ordinal);

    public void Keep(string userKey, IEnumerable<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (_byUser.Count >= MaxUsers && !_byUser.ContainsKey(userKey))
        {
            return;
        }

        List<Reply> kept = _byUser.GetOrAdd(userKey, _ => []);
        lock (kept)
        {
            kept.AddRange(replies);
            if (kept.Count > MaxPerUser)
            {
                kept.RemoveRange(0, kept.Count - MaxPerUser);
            }
        }
    }

    /// <summary>Takes what is kept for the user, as text replies that say they are late; empty when nothing is.</summary>
    public IReadOnlyList<Reply> Take(string userKey)
    {
        if (!_byUser.TryRemove(userKey, out List<Reply>? kept))
        {
            return [];
        }

        lock (kept)
        {
            return [.. kept.Select(r => new TextReply(Prefix + r.ToPlainText()))];
        }
    }

    public void Forget(string userKey) => _byUser.TryRemove(userKey, out _);

    public int Count(string userKey) => _byUser.TryGetValue(userKey, out List<Reply>? kept) ? kept.Count : 0;
}
