namespace InterviewCoach.Coaching.Debrief;

/// <summary>The state of the referral loop: whose referrals they are, and those collected so far.</summary>
public sealed record ReferralLoopOptions(string ContactName, IReadOnlyList<DebriefReferral> Referrals)
{
    /// <summary>People the debrief notes already name as suggested, still to be offered one at a time.</summary>
    public IReadOnlyList<DebriefReferral> Noted { get; init; } = [];
}
