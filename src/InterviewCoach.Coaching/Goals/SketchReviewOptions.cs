namespace InterviewCoach.Coaching.Goals;

/// <summary>The sketch to show, and whether it is already saved (a fresh draft is not).</summary>
internal sealed record SketchReviewOptions(BackgroundSketch Sketch, bool Saved);
