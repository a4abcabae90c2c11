namespace InterviewCoach.Coaching.Contacts;

/// <summary>Where the brainstorm is: the source being asked about, and the names added so far (shown at the end).</summary>
internal sealed record BrainstormOptions(int Source, IReadOnlyList<string> Added, bool AskedOnce = false);
