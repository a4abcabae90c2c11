namespace InterviewCoach.Coaching.Menu;

/// <summary>A command the user typed or pressed, with the options its arguments were read into (null for none).</summary>
internal sealed record CommandMatch(CoachCommand Command, object? Options);
