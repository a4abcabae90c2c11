namespace InterviewCoach.Coaching.Debrief;

/// <summary>What a follow-up after a conversation is for.</summary>
public enum FollowUpKind
{
    /// <summary>Send the thank-you note (due within 24 hours).</summary>
    ThankYou,

    /// <summary>Send something promised during the conversation.</summary>
    PromisedItem,

    /// <summary>Get in touch with someone the contact suggested.</summary>
    Referral,

    /// <summary>Tell the contact how things are going (about two months on).</summary>
    ProgressUpdate,

    /// <summary>Tell the contact how the search ended; due when it ends, so it has no date.</summary>
    CloseTheLoop,
}
