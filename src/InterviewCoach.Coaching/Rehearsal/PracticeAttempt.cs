namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>One rehearsal the user ran past the coach, kept so progress can be shown over time.</summary>
public sealed record PracticeAttempt
{
    public required string Id { get; init; }

    public required PracticeKind Kind { get; init; }

    /// <summary>The contact the attempt was aimed at, if any.</summary>
    public string? ContactId { get; init; }

    public required string Text { get; init; }

    public int Score { get; init; }

    public IReadOnlyList<CheckFinding> Findings { get; init; } = [];

    public DateTimeOffset PractisedAt { get; init; }

    /// <summary>Records a checked attempt with a fresh id.</summary>
    public static PracticeAttempt FromReport(PracticeKind kind, string text, ICheckReport report, DateTimeOffset now, string? contactId = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new PracticeAttempt
        {
            Id = Guid.NewGuid().ToString("N"),
            Kind = kind,
            ContactId = contactId,
            Text = text,
            Score = report.Score,
            Findings = report.Findings,
            PractisedAt = now,
        };
    }
}
