namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Who the ask is for (<see cref="ContactId"/>), or <see cref="Generic"/> when the user chose no one in particular.</summary>
internal sealed record RehearseOptions(string? ContactId, bool Generic = false);
