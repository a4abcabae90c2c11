using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks for a date or a date and time, typed (see <see cref="DateTimeRecognizer"/>) or picked. Resolved in
/// <see cref="TurnInput.TimeZone"/> against the runner's clock. When <see cref="PromptOptions.Form"/> is set the
/// prompt shows it as a picker; its submit uses the fields <c>date</c> and <c>time</c>.
/// </summary>
/// <param name="id">The prompt's id in its dialog set.</param>
/// <param name="validator">Checks a recognized date.</param>
/// <param name="inSentence">
/// Also finds the date in a sentence around it ("make it next tuesday morning please"; see
/// <see cref="DateTimeRecognizer.TryRecognizeIn"/>), for questions people answer in a sentence rather than a date alone.
/// </param>
public sealed class DateTimePrompt(string id, PromptValidator<DateTimeResolution>? validator = null, bool inSentence = false) : Prompt<DateTimeResolution>(id, validator)
{
    protected override PromptRecognition<DateTimeResolution> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        TurnInput input = dc.Input;
        bool recognized = input.Value is { } value && input.Choice is null
            ? DateTimeRecognizer.TryRecognizePicker(value, dc.Now, input.TimeZone, out DateTimeResolution? result)
            : inSentence ? DateTimeRecognizer.TryRecognizeIn(AnswerText(input), dc.Now, input.TimeZone, out result)
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
