namespace InterviewCoach.Coaching.Debrief;

/// <summary>One thing worth doing straight after a debrief, offered as a button.</summary>
/// <param name="Kind">What it does: <see cref="DebriefNextSteps.RevisitGoals"/>, <see cref="DebriefNextSteps.AddEmployer"/> or <see cref="DebriefNextSteps.WeeklyReview"/>.</param>
/// <param name="Title">The button's text.</param>
/// <param name="Argument">The employer to add someone at, for <see cref="DebriefNextSteps.AddEmployer"/>.</param>
public sealed record DebriefNextStep(string Kind, string Title, string? Argument = null)
{
    /// <summary>The button's value: the kind and its argument.</summary>
    public string Value => Argument is null ? Kind : $"{Kind}:{Argument}";
}
