namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// A practice call with the coach playing the contact: the phone checker's findings on the opening, then one
/// finding per push-back. The score weighs the opening at 70 and the handling of the push-backs at 30.
/// </summary>
internal sealed record RolePlayReport : ICheckReport
{
    public required PitchReport Opening { get; init; }

    public required IReadOnlyList<CheckFinding> Handling { get; init; }

    public IReadOnlyList<CheckFinding> Findings => [.. Opening.Findings, .. Handling];

    public string Rewrite => Opening.Rewrite;

    public required int WordCount { get; init; }

    public int Score
    {
        get
        {
            double handled = Handling.Count == 0 ? 1 : Handling.Count(f => f.Passed) / (double)Handling.Count;
            return (int)Math.Round((0.7 * Opening.Score) + (30 * handled), MidpointRounding.AwayFromZero);
        }
    }
}
