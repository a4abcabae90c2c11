namespace InterviewCoach.Coaching.Debrief;

/// <summary>The next steps still on offer after a debrief.</summary>
public sealed record DebriefNextStepsOptions(IReadOnlyList<DebriefNextStep> Steps);
