using InterviewCoach.Coaching.Goals;

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

    /// <summary>The goal the user (or the coach) says this question serves (S059); none when untagged.</summary>
    public InterviewPurposes Goal { get; init; }

    /// <summary>True when it was drawn from what the user noted about this contact (S055).</summary>
    public bool FromNotes { get; init; }
}
