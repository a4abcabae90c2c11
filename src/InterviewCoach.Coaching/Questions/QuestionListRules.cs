using InterviewCoach.Coaching.Contacts;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// How big a question list should be and how long its conversation lasts. Lengths come from <see cref="AskLength"/>
/// so the list, the ask, the prep and the opener all name the same minutes (D2-D4).
/// </summary>
public static class QuestionListRules
{
    /// <summary>A rough time per question, answer included.</summary>
    public const int MinutesPerQuestion = 3;

    /// <summary>Fewest questions on a finished list, the referral question included.</summary>
    public const int MinQuestions = 5;

    /// <summary>Most questions on a list, the referral question included.</summary>
    public const int MaxQuestions = 10;

    /// <summary>The length asked for in this format: 10-15 minutes on a call, otherwise the contact's ask.</summary>
    public static AskLength Length(Contact? contact, MeetingFormat format) =>
        format == MeetingFormat.Phone ? AskLength.Call : AskLength.For(contact);

    /// <summary>
    /// The minutes to plan for: the booked meeting's length, else the length the ask plans to, never past the cap
    /// (30 minutes in person, 15 on a call), so a list made before the meeting is booked matches the ask.
    /// </summary>
    public static int PlannedMinutes(Contact? contact, MeetingFormat format) =>
        Length(contact, format).Capped(contact?.Meeting?.DurationMinutes ?? 0);

    /// <summary>How many questions, the referral question included, fit <paramref name="minutes"/>: from 5 to 10.</summary>
    public static int Fit(int minutes) => Math.Clamp(minutes / MinutesPerQuestion, MinQuestions, MaxQuestions);

    /// <summary>"20 to 30 minutes" or "10 to 15 minutes".</summary>
    public static string UsualRange(MeetingFormat format) => Length(null, format).Range;
}
