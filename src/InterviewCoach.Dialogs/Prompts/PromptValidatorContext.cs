using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> sees: the recognized value, the attempt number and the turn.</summary>
public sealed class PromptValidatorContext<T>
{
    private readonly List<FormFieldError> _fieldErrors = [];

    internal PromptValidatorContext(DialogContext context, PromptOptions options, T value, int attemptCount)
    {
        Context = context;
        Options = options;
        Value = value;
        AttemptCount = attemptCount;
    }

    public DialogContext Context { get; }

    public PromptOptions Options { get; }

    /// <summary>The recognized value; a validator may replace it with a normalised one.</summary>
    public T Value { get; set; }

    /// <summary>1 for the first answer.</summary>
    public int AttemptCount { get; }

    /// <summary>Said instead of the retry prompt when the validator refuses the answer.</summary>
    public string? RetryMessage { get; set; }

    /// <summary>
    /// Set when the refused answer was understood and kept (a detail that belongs to a later question): the retry is
    /// said as is, and the text is not handed on as a possible command or coaching question.
    /// </summary>
    public bool AnswerKept { get; set; }

    /// <summary>Per-field errors a form validator adds.</summary>
    public IReadOnlyList<FormFieldError> FieldErrors => _fieldErrors;

    public void AddFieldError(string fieldId, string message) => _fieldErrors.Add(new FormFieldError(fieldId, message));
}
