namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// A ready-to-use script. <see cref="Text"/> is what to say or send in one go; <see cref="Steps"/> breaks it into
/// cued beats; <see cref="FollowUps"/> covers what comes next (a busy contact, confirming the details).
/// </summary>
public sealed record ScriptDraft
{
    public required PracticeKind Kind { get; init; }

    /// <summary>Email subject line; null for spoken scripts.</summary>
    public string? Subject { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<ScriptStep> Steps { get; init; }

    public IReadOnlyList<ScriptStep> FollowUps { get; init; } = [];

    /// <summary>A written piece (email, letter, LinkedIn message, note): shown whole, ready to copy.</summary>
    public bool IsWritten { get; init; }

    /// <summary>The card's title when the kind's usual one does not fit (a letter, a LinkedIn message).</summary>
    public string? Title { get; init; }
}
