namespace InterviewCoach.Coaching.Contacts;

/// <summary>Where the ask offers to meet (D5).</summary>
public enum MeetingVenue
{
    /// <summary>Not asked yet; drafts offer the same as <see cref="TheirChoice"/>.</summary>
    NotChosen,

    /// <summary>Offer to come to their workplace, or wherever suits them.</summary>
    TheirChoice,

    /// <summary>A café near them; the user offers to buy their drink.</summary>
    Cafe,

    /// <summary>A phone or video call, for a contact too far away to meet.</summary>
    Call,
}
