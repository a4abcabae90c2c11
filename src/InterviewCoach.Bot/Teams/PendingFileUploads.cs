using System.Collections.Concurrent;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Files offered with a consent card and not yet accepted or declined, by the id the card carries. Kept in this
/// instance's memory for <see cref="Lifetime"/> (the export can be asked for again), only for the user it was offered to,
/// and taken once. Deleting the user's data forgets them.
/// </summary>
public sealed class PendingFileUploads(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private const int MaxFiles = 10_000;
    private readonly ConcurrentDictionary<string, (string UserKey, FileReply File, DateTimeOffset ExpiresAt)> _files = new(StringComparer.Ordinal);

    /// <summary>Keeps the file for <paramref name="userKey"/>; returns the id for the card's contexts.</summary>
    public string Add(string userKey, FileReply file)
    {
        if (_files.Count >= MaxFiles)
        {
            DateTimeOffset now = time.GetUtcNow();
            foreach (KeyValuePair<string, (string UserKey, FileReply File, DateTimeOffset ExpiresAt)> old in _files.Where(f => f.Value.ExpiresAt < now))
            {
                _files.TryRemove(old.Key, out _);
            }
        }

        string id = Guid.NewGuid().ToString("N");
        _files[id] = (userKey, file, time.GetUtcNow() + Lifetime);
        return id;
    }

    /// <summary>The user's file with this id, if it is still waiting; it stays waiting (see <see cref="Remove"/>).</summary>
    public FileReply? Find(string userKey, string id) =>
        _files.TryGetValue(id, out var entry) && entry.UserKey == userKey && entry.ExpiresAt > time.GetUtcNow() ? entry.File : null;

    public void Remove(string id) => _files.TryRemove(id, out _);

    public void Forget(string userKey)
    {
        foreach (KeyValuePair<string, (string UserKey, FileReply File, DateTimeOffset ExpiresAt)> entry in _files.Where(f => f.Value.UserKey == userKey))
        {
            _files.TryRemove(entry.Key, out _);
        }
    }
}
