namespace InterviewCoach.Coaching.Goals;

/// <summary>One strength and the example that backs it (S047), both in the user's words.</summary>
public sealed record StrengthEvidence(string Strength, string Evidence);
