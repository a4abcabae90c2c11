namespace InterviewCoach.Coaching.Progress;

/// <summary>The user's progress in numbers, as of one moment.</summary>
public sealed record ProgressReport
{
    /// <summary>Contacts per stage, in stage order, stages with none left out.</summary>
    public IReadOnlyList<StageCount> ContactsByStage { get; init; } = [];

    public int TotalContacts { get; init; }

    /// <summary>Conversations held since Monday (in the user's time zone).</summary>
    public int ConversationsThisWeek { get; init; }

    public int WeeklyTarget { get; init; }

    /// <summary>Conversations held in all.</summary>
    public int MeetingsHeld { get; init; }

    /// <summary>Contacts suggested by someone already in the user's contacts.</summary>
    public int ReferralsGained { get; init; }

    /// <summary>Debriefed conversations whose thank-you went out within 24 hours.</summary>
    public int ThankYousOnTime { get; init; }

    /// <summary>Debriefed conversations, the denominator of <see cref="ThankYousOnTime"/>.</summary>
    public int ThankYousDue { get; init; }

    /// <summary>Contacts who agreed to stay in touch (S116), with when their next update is due; overdue ones first.</summary>
    public IReadOnlyList<StayInTouchStatus> StayingInTouch { get; init; } = [];

    /// <summary>Who led to whom, depth first.</summary>
    public IReadOnlyList<ReferralLink> ReferralTree { get; init; } = [];
}
