namespace InterviewCoach.Dialogs;

/// <summary>
/// Gets typed text that a prompt could not use as its answer (its recognizer or validator refused it), before the
/// prompt asks again: a place to notice a question or a command the user typed instead of an answer. Never called
/// for button presses or submits.
/// </summary>
public interface IUnmatchedInputHandler
{
    /// <summary>
    /// Handles <see cref="DialogContext.Input"/> and returns the turn's result, or null to let the prompt retry as usual.
    /// The prompt is still the active dialog when this is called; a handler that only answers should repeat its question
    /// (<see cref="DialogContext.RepromptDialogAsync"/>) and return <see cref="DialogTurnResult.Waiting"/>.
    /// </summary>
    ValueTask<DialogTurnResult?> HandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
