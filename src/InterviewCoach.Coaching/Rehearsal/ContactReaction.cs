namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>How the contact, played by the coach, pushes back during a practice call (S030).</summary>
public enum ContactReaction
{
    /// <summary>"Who gave you my name?": the caller never said how they found them.</summary>
    WhoGaveYourName,

    /// <summary>"Now's not a good time": the caller never checked.</summary>
    NotNow,

    /// <summary>"Just send me an email": the brush-off when the ask is vague.</summary>
    SendAnEmail,

    /// <summary>"Sure, when?": the ask landed; now settle a time.</summary>
    SureWhen,
}
