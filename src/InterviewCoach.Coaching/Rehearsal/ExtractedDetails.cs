namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Names and the field picked out of the user's own draft, so a rewrite keeps their details.</summary>
internal sealed record ExtractedDetails(string? UserName, string? Referrer, string? Field);
