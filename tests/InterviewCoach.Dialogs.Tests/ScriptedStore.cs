using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Tests;

/// <summary>An in-memory store that counts calls and can run another turn just before a write, or refuse every write.</summary>
internal sealed class ScriptedStore : IDialogStateStore
{
    private readonly InMemoryDialogStateStore _inner = new();

    public int Reads { get; private set; }

    public int Writes { get; private set; }

    /// <summary>Runs once, right before the next write reaches the inner store.</summary>
    public Func<Task>? BeforeNextWrite { get; set; }

    public bool AlwaysConflict { get; set; }

    /// <summary>Attempts the runner began (each drops what the last one left pending).</summary>
    public int AttemptsBegun { get; private set; }

    /// <summary>Changes a dialog made that wait to go with the state write, as a store holding record saves back would have.</summary>
    public bool Pending { get; set; }

    /// <summary>What was pending when the state was last written.</summary>
    public bool PendingAtLastWrite { get; private set; }

    public void BeginTurnAttempt(string conversationKey)
    {
        AttemptsBegun++;
        Pending = false;
    }

    public bool HasPendingWrites(string conversationKey) => Pending;

    public ValueTask<StoredDialogState?> ReadAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        Reads++;
        return _inner.ReadAsync(conversationKey, cancellationToken);
    }

    public async ValueTask<string> WriteAsync(string conversationKey, string stateJson, string? expectedETag, CancellationToken cancellationToken = default)
    {
        Writes++;
        PendingAtLastWrite = Pending;
        Pending = false;
        if (BeforeNextWrite is { } race)
        {
            BeforeNextWrite = null;
            await race();
        }

        if (AlwaysConflict)
        {
            throw new DialogStateConflictException();
        }

        return await _inner.WriteAsync(conversationKey, stateJson, expectedETag, cancellationToken);
    }

    public ValueTask DeleteAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(conversationKey, cancellationToken);

    public Task<StoredDialogState?> PeekAsync(string conversationKey) => _inner.ReadAsync(conversationKey).AsTask();
}
