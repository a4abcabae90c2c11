namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>The coach's wording for rehearsal enums.</summary>
public static class RehearsalLabels
{
    public static string ToLabel(this PracticeKind kind) => kind switch
    {
        PracticeKind.PhoneAsk => "Asking by phone",
        PracticeKind.Voicemail => "Leaving a voicemail",
        PracticeKind.Email => "Asking by email",
        PracticeKind.MeetingOpening => "Opening the conversation",
        PracticeKind.ReferralAsk => "Asking who else to talk to",
        PracticeKind.PhoneRolePlay => "Practice call",
        PracticeKind.AboutYourself => "Talking about yourself",
        _ => kind.ToString(),
    };
}
