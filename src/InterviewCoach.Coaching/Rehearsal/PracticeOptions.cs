namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>What to practise and, optionally, for whom. Without a kind the practice flow asks.</summary>
/// <param name="Kind">What is practised, or null to ask.</param>
/// <param name="ContactId">The contact it is for, if any.</param>
/// <param name="Attempt">A version the user already typed (pasted where a script kind was asked), checked without asking for it again.</param>
internal sealed record PracticeOptions(PracticeKind? Kind, string? ContactId = null, string? Attempt = null);
