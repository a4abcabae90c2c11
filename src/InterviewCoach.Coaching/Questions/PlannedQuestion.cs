namespace InterviewCoach.Coaching.Questions;

/// <summary>One question on a list: the words to ask, and where they came from.</summary>
/// <param name="Text">The question as the user will ask it.</param>
public sealed record PlannedQuestion(string Text)
{
    /// <summary>The bank question it was filled from, when it came from the bank.</summary>
    public string? BankId { get; init; }

    public QuestionCategory? Category { get; init; }

    /// <summary>True when the user wrote it.</summary>
    public bool Own { get; init; }
}
