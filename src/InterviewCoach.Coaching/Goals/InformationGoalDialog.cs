using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// Asks what else the user hopes to get from their conversations. A hope of being hired ("get her to hire me") is
/// offered back as an information goal, saved only when the user agrees; otherwise they put it in their own words.
/// Ends with a <see cref="PromptResult{T}"/> of the wording to save, like the text prompt it stands in for.
/// </summary>
internal sealed class InformationGoalDialog : WaterfallDialog
{
    public const string DialogId = "goal.information-goal";

    /// <summary>What a hiring hope becomes: the part of it these conversations can deliver.</summary>
    public const string Reframed = "learn how people get hired in this field and what they look for";

    private const string AgainOption = "again";

    private readonly SlotAnswers _slots;

    public InformationGoalDialog(SlotAnswers slots)
        : base(DialogId)
    {
        _slots = slots;
        AddStep(AskAsync);
        AddStep(CheckAsync);
        AddStep(ConfirmedAsync);
    }

    private static async ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        bool again = step.GetOptions<string>() == AgainOption;
        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = again
                ? "Then in your own words: what would you like to learn or understand from them?"
                : "In a few words, what else do you hope to get from them?",
            Help = "For example: _see what night shifts are really like_. Aim for something they can tell you, rather than something they'd have to give you.",
            Max = 200,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true, Value: { } text })
        {
            return await step.EndDialogAsync(new PromptResult<string>(false, null, 1), cancellationToken).ConfigureAwait(false);
        }

        if (!_slots.IsHiringGoal(text))
        {
            return await step.EndDialogAsync(new PromptResult<string>(true, text, 1), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = "A job offer from these conversations is the exception, so a goal about being hired tends to disappoint, and it can make your request sound like a job request. " +
                $"What they *can* give you is information. Shall I note it as: _{Reframed}_?",
            Help = "**Yes** saves that wording; **no** lets you put an information goal in your own words.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> ConfirmedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<bool> { Succeeded: true, Value: true })
        {
            return await step.EndDialogAsync(new PromptResult<string>(true, Reframed, 1), cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is PromptResult<bool> { Succeeded: true })
        {
            return await step.ReplaceDialogAsync(DialogId, AgainOption, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(new PromptResult<string>(false, null, 1), cancellationToken).ConfigureAwait(false);
    }
}
