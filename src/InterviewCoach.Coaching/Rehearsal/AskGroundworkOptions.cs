namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Which ask the groundwork is for: the contact (null for a general script) and the kind of draft. <see cref="Skipped"/>
/// names the questions the user already skipped while rehearsing (see <see cref="AskGroundworkDialog"/>), so redrawing
/// the script doesn't ask them again.
/// </summary>
internal sealed record AskGroundworkOptions(string? ContactId, ScriptKind Kind, IReadOnlyList<string>? Skipped = null);
