namespace InterviewCoach.Coaching.Goals;

/// <summary>How the goal flow was begun. Without options it shows the saved goals first, when there are any.</summary>
internal sealed record GoalOptions(GoalPart Part);
