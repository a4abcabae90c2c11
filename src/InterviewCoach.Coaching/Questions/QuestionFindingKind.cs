namespace InterviewCoach.Coaching.Questions;

/// <summary>What the question checker can find wrong with a question the user wrote.</summary>
public enum QuestionFindingKind
{
    /// <summary>No words to check.</summary>
    Empty,

    /// <summary>Too long to ask comfortably out loud.</summary>
    TooLong,

    /// <summary>Answerable with yes or no.</summary>
    Closed,

    /// <summary>Asks about jobs, openings, hiring or a résumé for the user.</summary>
    AsksForJob,

    /// <summary>Nearly the same as a question already on the list.</summary>
    NearDuplicate,
}
