using System.Collections.Concurrent;
using System.Globalization;

namespace InterviewCoach.Dialogs.State;

/// <summary>A thread-safe in-process store with the same ETag rules as the table-backed one: for tests and benchmarks.</summary>
public sealed class InMemoryDialogStateStore : IDialogStateStore
{
    private readonly ConcurrentDictionary<string, StoredDialogState> _states = new(StringComparer.Ordinal);
    private long _version;

    public int Count => _states.Count;

    public ValueTask<StoredDialogState?> ReadAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        return ValueTask.FromResult(_states.TryGetValue(conversationKey, out StoredDialogState? state) ? state : null);
    }

    public ValueTask<string> WriteAsync(string conversationKey, string stateJson, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        ArgumentNullException.ThrowIfNull(stateJson);
        string newETag = Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture);
        var next = new StoredDialogState(stateJson, newETag);
        if (expectedETag is null)
        {
            if (!_states.TryAdd(conversationKey, next))
            {
                throw new DialogStateConflictException();
            }
        }
        else if (!_states.TryGetValue(conversationKey, out StoredDialogState? current)
            || current.ETag != expectedETag
            || !_states.TryUpdate(conversationKey, next, current))
        {
            throw new DialogStateConflictException();
        }

        return ValueTask.FromResult(newETag);
    }

    public ValueTask DeleteAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        _states.TryRemove(conversationKey, out _);
        return ValueTask.CompletedTask;
    }
}
