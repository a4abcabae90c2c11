namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// Where the evidence questions are: the strengths to back up, the one being asked about (<see cref="Index"/>), the
/// examples collected so far, and whether the current strength has already been skipped once.
/// </summary>
internal sealed record StrengthEvidenceOptions(IReadOnlyList<string> Strengths, int Index, IReadOnlyList<StrengthEvidence> Collected, bool AskedAgain = false);
