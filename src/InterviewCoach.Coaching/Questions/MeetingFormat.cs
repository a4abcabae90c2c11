namespace InterviewCoach.Coaching.Questions;

/// <summary>How the conversation happens; it sets how long it should last.</summary>
public enum MeetingFormat
{
    /// <summary>Face to face: 20 to 30 minutes.</summary>
    InPerson,

    /// <summary>By phone or video: 10 to 15 minutes.</summary>
    Phone,
}
