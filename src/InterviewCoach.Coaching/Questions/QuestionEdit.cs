namespace InterviewCoach.Coaching.Questions;

/// <summary>The outcome of editing a question list: the list after the edit, or the unchanged list and why.</summary>
public sealed record QuestionEdit(QuestionList List, string? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static QuestionEdit Done(QuestionList list) => new(list, null);

    public static QuestionEdit Refused(QuestionList list, string reason) => new(list, reason);
}
