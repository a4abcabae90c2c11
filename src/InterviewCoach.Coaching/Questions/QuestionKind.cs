namespace InterviewCoach.Coaching.Questions;

/// <summary>Whether a question invites a story or a view (open) or can be answered with yes/no or one fact (closed).</summary>
public enum QuestionKind
{
    Open,
    Closed,
}
