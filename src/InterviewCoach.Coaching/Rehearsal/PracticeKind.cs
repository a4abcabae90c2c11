namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>The kinds of thing a user can draft and rehearse with the coach.</summary>
public enum PracticeKind
{
    /// <summary>Asking for a conversation on the phone.</summary>
    PhoneAsk,

    /// <summary>The message left when the call goes to voicemail.</summary>
    Voicemail,

    /// <summary>Asking for a conversation by email.</summary>
    Email,

    /// <summary>The first minute of the conversation itself.</summary>
    MeetingOpening,

    /// <summary>Asking, near the end, who else to talk to.</summary>
    ReferralAsk,

    /// <summary>A practice phone call with the coach playing the contact: the opening and the answers to their push-back.</summary>
    PhoneRolePlay,

    /// <summary>Answering "tell me about yourself" from the background sketch.</summary>
    AboutYourself,
}
