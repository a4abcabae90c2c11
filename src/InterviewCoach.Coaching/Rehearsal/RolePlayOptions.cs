namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Who the coach plays in a practice call: a saved contact, or (with <see cref="Chosen"/> and no contact) a busy
/// professional the user hasn't met. Without <see cref="Chosen"/> the flow asks who; <see cref="Again"/> skips the scene-setting.
/// </summary>
internal sealed record RolePlayOptions(string? ContactId, bool Chosen = false, bool Again = false);
