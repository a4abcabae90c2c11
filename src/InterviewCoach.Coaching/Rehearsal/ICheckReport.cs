namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>What every checker reports, so a practice attempt can be recorded from any of them.</summary>
public interface ICheckReport
{
    IReadOnlyList<CheckFinding> Findings { get; }

    /// <summary>One concrete version to say or send instead; the user's own text when nothing needs fixing.</summary>
    string Rewrite { get; }

    int WordCount { get; }

    /// <summary>0-100, weighted by how much each rule matters.</summary>
    int Score { get; }
}
