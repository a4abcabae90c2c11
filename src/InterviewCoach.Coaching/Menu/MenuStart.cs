namespace InterviewCoach.Coaching.Menu;

/// <summary>Begins the menu and, straight away, a flow on top of it (a command typed in the middle of another flow).</summary>
/// <param name="DialogId">The flow to begin.</param>
/// <param name="Options">Its options, as its command's arguments were read; null for none.</param>
/// <param name="Keyword">The command that begins it, so its end offers what usually follows.</param>
internal sealed record MenuStart(string DialogId, object? Options, string? Keyword = null);
