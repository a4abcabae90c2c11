namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Which ask the groundwork is for: the contact (null for a general script) and the kind of draft.</summary>
internal sealed record AskGroundworkOptions(string? ContactId, ScriptKind Kind);
