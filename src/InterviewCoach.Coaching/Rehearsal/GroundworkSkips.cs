namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// How the groundwork ended when it went through: the questions the user skipped (see <see cref="AskGroundworkDialog"/>),
/// and their own version of the message when they pasted it where a question was asked.
/// </summary>
internal sealed record GroundworkSkips(IReadOnlyList<string> Questions, string? Pasted = null);
