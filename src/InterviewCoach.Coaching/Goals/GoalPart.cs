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

    /// <summary>Only when picked: first-time goal setting leaves it to the question list.</summary>
    Experience,
}
