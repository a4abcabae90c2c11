using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>The outcome of one turn, available only once the state is safely stored.</summary>
/// <param name="Replies">What to send, in order.</param>
/// <param name="Status">Where the dialog stack stands.</param>
/// <param name="State">The state as now stored (with its ETag), for a host that caches it for the next turn.</param>
/// <param name="Attempts">How many times the turn ran (more than 1 after losing conditional writes to concurrent turns).</param>
/// <param name="StateWritten">False when the turn changed nothing and skipped the write.</param>
/// <param name="Duplicate">True when the conversation had already saved a turn with this <see cref="TurnInput.InputId"/>: nothing ran.</param>
public sealed record TurnResult(
    IReadOnlyList<Reply> Replies,
    DialogTurnStatus Status,
    StoredDialogState? State,
    int Attempts,
    bool StateWritten,
    bool Duplicate = false);
