namespace InterviewCoach.Coaching.Goals;

/// <summary>How the goal flow was begun.</summary>
/// <param name="Part">The part to ask about; null shows the saved goals first, when there are any (as the menu does).</param>
/// <param name="Aim">
/// Where the user said they want to go, in their words, when that is what started goal setting ("hoping to move into
/// environmental policy"): the flow offers its field back and takes a clearly said stage instead of asking again.
/// </param>
internal sealed record GoalOptions(GoalPart? Part, string? Aim = null);
