namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>How the groundwork ended when it went through: the questions the user skipped (see <see cref="AskGroundworkDialog"/>).</summary>
internal sealed record GroundworkSkips(IReadOnlyList<string> Questions);
