namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Who the ask is for (<see cref="ContactId"/>), or <see cref="Generic"/> when the user chose no one in particular;
/// <see cref="Kind"/> when the script is already chosen (redrawing it after a toggle).
/// </summary>
internal sealed record RehearseOptions(string? ContactId, bool Generic = false, ScriptKind? Kind = null);
