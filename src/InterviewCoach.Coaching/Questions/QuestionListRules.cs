namespace InterviewCoach.Coaching.Questions;

/// <summary>How big a question list should be and how long its conversation lasts.</summary>
public static class QuestionListRules
{
    /// <summary>A rough time per question, answer included.</summary>
    public const int MinutesPerQuestion = 3;

    /// <summary>Fewest questions on a finished list, the referral question included.</summary>
    public const int MinQuestions = 5;

    /// <summary>Most questions on a list, the referral question included.</summary>
    public const int MaxQuestions = 10;

    /// <summary>The usual length: 30 minutes in person, 15 on the phone.</summary>
    public static int DefaultMinutes(MeetingFormat format) => format == MeetingFormat.Phone ? 15 : 30;

    /// <summary>The shortest usual length: 20 minutes in person, 10 on the phone.</summary>
    public static int ShortestMinutes(MeetingFormat format) => format == MeetingFormat.Phone ? 10 : 20;

    /// <summary>"20-30 minutes" or "10-15 minutes".</summary>
    public static string UsualRange(MeetingFormat format) => $"{ShortestMinutes(format)}-{DefaultMinutes(format)} minutes";
}
