namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>What to practise and, optionally, for whom. Without a kind the practice flow asks.</summary>
internal sealed record PracticeOptions(PracticeKind? Kind, string? ContactId = null);
