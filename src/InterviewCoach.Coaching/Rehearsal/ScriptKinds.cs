namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>What each <see cref="ScriptKind"/> is for.</summary>
internal static class ScriptKinds
{
    /// <summary>An ask the contact receives: it needs the groundwork (LinkedIn, one fact, key terms, venue) first.</summary>
    public static bool IsAsk(this ScriptKind kind) =>
        kind is ScriptKind.PhoneAsk or ScriptKind.Voicemail or ScriptKind.Email or ScriptKind.Letter or ScriptKind.LinkedInMessage or ScriptKind.InPerson;

    /// <summary>A written ask: email, letter or LinkedIn message; each can carry the résumé line.</summary>
    public static bool IsWritten(this ScriptKind kind) => kind is ScriptKind.Email or ScriptKind.Letter or ScriptKind.LinkedInMessage;

    /// <summary>Spoken, with the user's number in it.</summary>
    public static bool NeedsPhone(this ScriptKind kind) => kind is ScriptKind.PhoneAsk or ScriptKind.Voicemail or ScriptKind.Letter;

    /// <summary>The practice checker that fits; null when there is nothing to practise (guidance, the introduction note).</summary>
    public static PracticeKind? Practice(this ScriptKind kind) => kind switch
    {
        ScriptKind.PhoneAsk => PracticeKind.PhoneAsk,
        ScriptKind.Voicemail => PracticeKind.Voicemail,
        ScriptKind.Email or ScriptKind.Letter => PracticeKind.Email,
        ScriptKind.MeetingOpening => PracticeKind.MeetingOpening,
        ScriptKind.ReferralAsk => PracticeKind.ReferralAsk,
        _ => null,
    };
}
