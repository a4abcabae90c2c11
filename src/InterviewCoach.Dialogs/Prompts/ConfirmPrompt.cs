using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with Yes and No buttons (values <c>yes</c> and <c>no</c>); typed answers are recognized too,
/// and <paramref name="readText"/> reads what only this question's yes or no sounds like ("sent it just now").
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null, Func<string, bool?>? readText = null) : Prompt<bool>(id, validator)
{
    private static readonly ChoiceButton[] s_buttons =
    [
        new("Yes", ConfirmRecognizer.YesValue),
        new("No", ConfirmRecognizer.NoValue),
    ];

    /// <summary>The Yes and No buttons every confirmation shows.</summary>
    public static IReadOnlyList<ChoiceButton> Buttons => s_buttons;

    protected override PromptRecognition<bool> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (ConfirmRecognizer.TryRecognize(AnswerText(dc.Input), out bool value)
            || (dc.Input.Value is null && ConfirmRecognizer.TryRecognizeTag(dc.Input.Text, out value)))
        {
            return new PromptRecognition<bool>(true, value);
        }

        if (readText is not null && dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= 500 } typed && readText(typed) is { } read)
        {
            return new PromptRecognition<bool>(true, read);
        }

        // "skip" has no button here; say which answer leaves the thing out rather than repeat "yes or no".
        return dc.Input.Value is null && NonAnswerRecognizer.IsSkip(dc.Input.Text)
            ? new PromptRecognition<bool>(false, default, (dc.Messages.ConfirmSkip + " " + options?.Prompt).Trim(), NearMiss: true)
            : new PromptRecognition<bool>(false, default);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.ConfirmRetry;
    }

    protected override Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors) =>
        new ChoiceReply(text, s_buttons);
}
