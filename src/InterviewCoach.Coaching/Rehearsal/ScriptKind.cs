namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>The scripts and drafts the <c>rehearse</c> flow offers (D14): the ways to ask, and the meeting's first and last minute.</summary>
public enum ScriptKind
{
    PhoneAsk,
    Voicemail,
    Email,
    Letter,
    LinkedInMessage,

    /// <summary>Dropping by in person: guidance, not a script.</summary>
    InPerson,

    /// <summary>A note asking the mutual contact for an introduction (S016, D12).</summary>
    IntroductionRequest,
    MeetingOpening,
    ReferralAsk,
}
