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

    /// <summary>
    /// True when <see cref="DialogContext.Input"/> asks the bot for something wherever it is typed ("remind me to call
    /// Maria on Thursday"): a prompt then hands it to <see cref="HandleAsync"/> before reading it as its answer, so the
    /// request is neither saved as an answer nor lost. Prompts that take the user's own words whatever they say skip it.
    /// </summary>
    bool Claims(DialogContext dc) => false;
}
