namespace InterviewCoach.Coaching.Progress;

/// <summary>One branch of the referral tree: a person and the contacts they led to.</summary>
/// <param name="Referrer">The referrer's name.</param>
/// <param name="ReferrerContactId">Their contact id, or null when they are not in the user's contacts.</param>
/// <param name="Depth">0 for someone nobody in the list referred, 1 for their referrals' branches, and so on.</param>
/// <param name="LedTo">The names of the contacts they suggested.</param>
public sealed record ReferralLink(string Referrer, string? ReferrerContactId, int Depth, IReadOnlyList<string> LedTo);
