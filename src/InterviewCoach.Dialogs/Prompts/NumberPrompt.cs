using System.Globalization;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>Asks for a number, within <see cref="PromptOptions.Min"/> and <see cref="PromptOptions.Max"/> when given.</summary>
public sealed class NumberPrompt(string id, PromptValidator<decimal>? validator = null) : Prompt<decimal>(id, validator)
{
    protected override PromptRecognition<decimal> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        decimal value;
        if (options.RangeTakesLower && NumberRecognizer.TryRecognizeRange(AnswerText(dc.Input), out decimal lower, out _))
        {
            value = lower;
        }
        else if (!NumberRecognizer.TryRecognize(AnswerText(dc.Input), out value))
        {
            return new PromptRecognition<decimal>(false, default);
        }

        if (options.WholeNumber && value != decimal.Truncate(value))
        {
            return new PromptRecognition<decimal>(false, default, dc.Messages.NumberNotWhole);
        }

        if ((options.Min is { } min && value < min) || (options.Max is { } max && value > max))
        {
            return new PromptRecognition<decimal>(false, default, RangeMessage(dc, options));
        }

        return new PromptRecognition<decimal>(true, value);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        return options.Min is not null || options.Max is not null ? RangeMessage(dc, options) : dc.Messages.NumberRetry;
    }

    private static string RangeMessage(DialogContext dc, PromptOptions options) => (options.Min, options.Max) switch
    {
        ({ } min, { } max) => string.Format(CultureInfo.InvariantCulture, dc.Messages.NumberBetween, min, max),
        ({ } min, null) => string.Format(CultureInfo.InvariantCulture, dc.Messages.NumberAtLeast, min),
        (null, { } max) => string.Format(CultureInfo.InvariantCulture, dc.Messages.NumberAtMost, max),
        _ => dc.Messages.NumberRetry,
    };
}
