namespace InterviewCoach.Coaching.Debrief;

/// <summary>Someone the contact suggested talking to.</summary>
/// <param name="Name">Their name.</param>
public sealed record DebriefReferral(string Name)
{
    public string? Role { get; init; }

    public string? Organisation { get; init; }

    /// <summary>Whether the contact agreed that the user may say they sent them.</summary>
    public bool MayUseName { get; init; }

    /// <summary>The contact created for this referral.</summary>
    public string? ContactId { get; init; }
}
