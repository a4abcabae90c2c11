namespace InterviewCoach.Dialogs;

/// <summary>The outcome of running a dialog for a turn: a status and, when a dialog completed, its result.</summary>
public readonly record struct DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>The dialog is waiting for the user (Bot Builder's <c>Dialog.EndOfTurn</c>).</summary>
    public static DialogTurnResult Waiting => new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Empty => new(DialogTurnStatus.Empty);
}
