namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Feedback on something the user will say aloud: a phone ask, voicemail, meeting opening or referral ask.</summary>
public sealed record PitchReport : ICheckReport
{
    public required IReadOnlyList<CheckFinding> Findings { get; init; }

    /// <summary>Messages of the rules that passed: what to keep doing.</summary>
    public required IReadOnlyList<string> Strengths { get; init; }

    /// <summary>Messages of the rules that failed: what to add or remove.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    public required string Rewrite { get; init; }

    public required int WordCount { get; init; }

    /// <summary>Seconds to say it at <see cref="Text.SpeakingPace.WordsPerMinute"/> words a minute.</summary>
    public required int EstimatedSeconds { get; init; }

    public required int FillerCount { get; init; }

    public required int Score { get; init; }
}
