using System.Globalization;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks for free text. Answers longer than <see cref="PromptOptions.Max"/> (default <see cref="DefaultMaxLength"/>)
/// or shorter than <see cref="PromptOptions.Min"/> characters are refused with a message saying so.
/// </summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    public const int DefaultMaxLength = 2000;

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        string text = AnswerText(dc.Input)?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new PromptRecognition<string>(false, default);
        }

        int max = (int)Math.Clamp(options.Max ?? DefaultMaxLength, 1, int.MaxValue);
        if (text.Length > max)
        {
            return new PromptRecognition<string>(false, default, string.Format(
                CultureInfo.InvariantCulture, dc.Messages.TextTooLong, text.Length, max));
        }

        int min = (int)Math.Clamp(options.Min ?? 1, 1, int.MaxValue);
        if (text.Length < min)
        {
            return new PromptRecognition<string>(false, default, string.Format(CultureInfo.InvariantCulture, dc.Messages.TextTooShort, min));
        }

        return new PromptRecognition<string>(true, text);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.TextRetry;
    }
}
