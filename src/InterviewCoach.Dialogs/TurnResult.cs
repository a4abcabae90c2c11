using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>The outcome of one turn, available only once the state is safely stored (see <see cref="Saved"/> for a host's exception).</summary>
/// <param name="Replies">What to send, in order.</param>
/// <param name="Status">Where the dialog stack stands.</param>
/// <param name="State">The state as now stored (with its ETag), for a host that caches it for the next turn.</param>
/// <param name="Attempts">How many times the turn ran (more than 1 after losing conditional writes to concurrent turns).</param>
/// <param name="StateWritten">False when the turn changed nothing and skipped the write.</param>
/// <param name="Duplicate">True when the conversation had already saved a turn with this <see cref="TurnInput.DeliveryId"/>: nothing ran.</param>
public sealed record TurnResult(
    IReadOnlyList<Reply> Replies,
    DialogTurnStatus Status,
    StoredDialogState? State,
    int Attempts,
    bool StateWritten,
    bool Duplicate = false)
{
    /// <summary>
    /// False only in a host's answer for a turn it could not store (a storage outage): <see cref="Replies"/> apologise
    /// and nothing of the turn was kept. The runner never returns it; it throws instead.
    /// </summary>
    public bool Saved { get; private init; } = true;

    /// <summary>A host's answer for a turn it could not store: <paramref name="replies"/> (an apology), nothing kept.</summary>
    public static TurnResult NotSaved(IReadOnlyList<Reply> replies) =>
        new(replies, DialogTurnStatus.Waiting, State: null, Attempts: 0, StateWritten: false) { Saved = false };
}
