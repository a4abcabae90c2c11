namespace InterviewCoach.Coaching.Goals;

/// <summary>Which part of the goals the goal flow asks about.</summary>
internal enum GoalPart
{
    /// <summary>Everything, in order (first time, or starting over).</summary>
    All,
    Name,
    Stage,
    Fields,
    Purposes,
    Target,
}
