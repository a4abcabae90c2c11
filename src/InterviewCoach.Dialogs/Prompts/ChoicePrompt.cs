using System.Globalization;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons. A button press or a typed
/// answer is matched as described on <see cref="ChoiceRecognizer"/>; the result is the picked <see cref="Choice"/>.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<Choice>? validator = null) : Prompt<Choice>(id, validator)
{
    protected override PromptRecognition<Choice> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        Choice? choice = ChoiceRecognizer.Recognize(AnswerText(dc.Input), options.Choices ?? []);
        if (choice is not null)
        {
            return new PromptRecognition<Choice>(true, choice);
        }

        // Only typed text is read by meaning: a pressed button that matched nothing is stale, not a paraphrase.
        if (dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } typed && !string.IsNullOrWhiteSpace(typed)
            && dc.ChoiceMatcher?.Guess(typed, options.Choices ?? []) is { } guess)
        {
            return guess.Confident
                ? new PromptRecognition<Choice>(true, guess.Choice)
                : new PromptRecognition<Choice>(false, default, string.Format(CultureInfo.InvariantCulture, dc.Messages.ChoiceDidYouMean, guess.Choice.Title), NearMiss: true);
        }

        return new PromptRecognition<Choice>(false, default);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.ChoiceRetry;
    }

    protected override Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ChoiceReply(text, ToButtons(options.Choices));
    }

    internal static ChoiceButton[] ToButtons(IReadOnlyList<Choice>? choices)
    {
        if (choices is null)
        {
            return [];
        }

        var buttons = new ChoiceButton[choices.Count];
        for (int i = 0; i < buttons.Length; i++)
        {
            buttons[i] = new ChoiceButton(choices[i].Title, choices[i].Value);
        }

        return buttons;
    }
}
