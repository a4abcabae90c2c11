using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>What a prompt asks and how it judges answers. Persisted with the prompt while it waits.</summary>
public sealed record PromptOptions
{
    /// <summary>The question, in simple markdown.</summary>
    public string? Prompt { get; init; }

    /// <summary>Said after an answer was refused; defaults to a short hint followed by the question.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>Said when the user types <c>help</c> while this prompt waits.</summary>
    public string? Help { get; init; }

    /// <summary>Said when the prompt gives up after <see cref="MaxAttempts"/>; defaults to <see cref="DialogMessages.PromptGaveUp"/>.</summary>
    public string? GiveUpMessage { get; init; }

    /// <summary>Refused answers before the prompt ends with a failed <see cref="PromptResult{T}"/> (1 to 10).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The options of choice and multi-choice prompts; for a text prompt, suggested answers shown as buttons (typing anything else is fine).</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Number prompt: smallest value. Text prompt: shortest length. Multi-choice: fewest picks.</summary>
    public decimal? Min { get; init; }

    /// <summary>Number prompt: largest value. Text prompt: longest length. Multi-choice: most picks.</summary>
    public decimal? Max { get; init; }

    /// <summary>Number prompt: refuse fractions.</summary>
    public bool WholeNumber { get; init; }

    /// <summary>
    /// Number prompt: a range ("two or three", "3-4") is answered with its lower end, for questions that ask for an
    /// aim, where starting low is the safe reading. Otherwise two numbers are refused as ambiguous.
    /// </summary>
    public bool RangeTakesLower { get; init; }

    /// <summary>
    /// Choice prompt: the value of the option a typed question stands for (a question list's "Write my own"). Text
    /// that picks no option but is plainly a question ("How did you get into UX?") picks it, and the step reads the
    /// question from the turn's text.
    /// </summary>
    public string? QuestionChoice { get; init; }

    /// <summary>
    /// Choice prompt: the value of the option a pasted draft stands for (a rehearsal's script kind). Text of
    /// <see cref="ChoicePrompt.PastedWords"/> words or more that picks no option picks it, and the step reads the draft
    /// from the turn's text. It need not be one of the buttons: the prompt then answers with a choice of that value alone.
    /// </summary>
    public string? PastedChoice { get; init; }

    /// <summary>
    /// Choice prompt: what to say, with the question again, when a typed question ("How did you get into UX?") picks
    /// no option: people who are about to write their own questions often start before being asked.
    /// </summary>
    public string? QuestionRetry { get; init; }

    /// <summary>Form prompt: the form to show. Date/time prompt: an optional picker (fields <c>date</c> and <c>time</c>).</summary>
    public FormReply? Form { get; init; }
}
