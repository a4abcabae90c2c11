namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Feedback on an outreach email asking for an informational interview.</summary>
public sealed record EmailReport : ICheckReport
{
    public required IReadOnlyList<CheckFinding> Findings { get; init; }

    public required IReadOnlyList<string> Strengths { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }

    public required string Rewrite { get; init; }

    public required int WordCount { get; init; }

    /// <summary>Words addressing the reader: you, your, yours, yourself and their contractions.</summary>
    public required int SecondPersonCount { get; init; }

    /// <summary>Words about the writer: I, me, my, mine, myself and their contractions.</summary>
    public required int FirstPersonCount { get; init; }

    /// <summary>Second-person share of all personal pronouns, 0-1; the email should be more about them than you.</summary>
    public required double AboutContactShare { get; init; }

    public required int Score { get; init; }
}
