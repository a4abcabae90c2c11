namespace InterviewCoach.Coaching.Goals;

/// <summary>How the sketch flow was begun: <see cref="Rebuild"/> skips the saved sketch and asks the questions again.</summary>
internal sealed record SketchOptions(bool Rebuild);
