namespace InterviewCoach.Dialogs.State;

/// <summary>
/// Where a conversation's dialog state lives between turns. A turn reads once and writes once, and every
/// write is conditional on the ETag that was read, so two turns racing on one conversation cannot both win.
/// </summary>
/// <remarks>The host implements this on Azure Table Storage; tests and benchmarks use <see cref="InMemoryDialogStateStore"/>.</remarks>
public interface IDialogStateStore
{
    /// <summary>Reads the state of a conversation, or <see langword="null"/> when it has none yet.</summary>
    ValueTask<StoredDialogState?> ReadAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the state. <paramref name="expectedETag"/> is the ETag that was read, or <see langword="null"/> when
    /// the conversation had no state (the write then only succeeds if nothing was created in the meantime).
    /// </summary>
    /// <returns>The new ETag.</returns>
    /// <exception cref="DialogStateConflictException">Another turn wrote first.</exception>
    ValueTask<string> WriteAsync(string conversationKey, string stateJson, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Deletes the state of a conversation if it exists (used when a user deletes their data).</summary>
    ValueTask DeleteAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// A turn on the conversation starts, or starts again after losing a race: whatever an earlier attempt left waiting
    /// to be sent with its state write (see <see cref="HasPendingWrites"/>) is dropped, since that attempt's work is.
    /// </summary>
    void BeginTurnAttempt(string conversationKey)
    {
    }

    /// <summary>
    /// Whether changes the turn made are waiting to be sent with the state write (a store may hold them back so the
    /// state and they land in one request, all or nothing); the runner then writes the state even when it is unchanged.
    /// </summary>
    bool HasPendingWrites(string conversationKey) => false;
}
