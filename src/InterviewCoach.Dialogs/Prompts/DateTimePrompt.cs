using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks for a date or a date and time, typed (see <see cref="DateTimeRecognizer"/>) or picked. Resolved in
/// <see cref="TurnInput.TimeZone"/> against the runner's clock. When <see cref="PromptOptions.Form"/> is set the
/// prompt shows it as a picker; its submit uses the fields <c>date</c> and <c>time</c>.
/// </summary>
public sealed class DateTimePrompt(string id, PromptValidator<DateTimeResolution>? validator = null) : Prompt<DateTimeResolution>(id, validator)
{
    protected override PromptRecognition<DateTimeResolution> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        TurnInput input = dc.Input;
        bool recognized = input.Value is { } value && input.Choice is null
            ? DateTimeRecognizer.TryRecognizePicker(value, dc.Now, input.TimeZone, out DateTimeResolution? result)
            : DateTimeRecognizer.TryRecognize(AnswerText(input), dc.Now, input.TimeZone, out result);
        return recognized ? new PromptRecognition<DateTimeResolution>(true, result!) : new PromptRecognition<DateTimeResolution>(false, default);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.DateTimeRetry;
    }

    protected override Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Form is { } picker ? picker with { Markdown = text, Errors = fieldErrors ?? [] } : new TextReply(text);
    }
}
