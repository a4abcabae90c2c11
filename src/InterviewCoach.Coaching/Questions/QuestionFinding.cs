namespace InterviewCoach.Coaching.Questions;

/// <summary>One problem with a question, in the coach's words, with a better question when there is one.</summary>
public sealed record QuestionFinding(QuestionFindingKind Kind, string Message)
{
    /// <summary>An open-ended or advice-style question to use instead.</summary>
    public string? Suggestion { get; init; }

    /// <summary>For <see cref="QuestionFindingKind.NearDuplicate"/>: the zero-based index of the similar question.</summary>
    public int? DuplicateIndex { get; init; }
}
