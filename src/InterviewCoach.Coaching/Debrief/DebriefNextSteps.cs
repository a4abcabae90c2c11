namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Which two or three next steps fit a finished debrief, instead of the whole menu: revisit the goals when the work
/// wasn't what the user hoped (S111), add someone at (or target) each employer it named (S113), and the weekly review once two or
/// more conversations happened this week (S110).
/// </summary>
public static class DebriefNextSteps
{
    public const string RevisitGoals = "goals";
    public const string AddEmployer = "employer";
    public const string WeeklyReview = "weekly";
    public const string AddTarget = "target";

    /// <summary>No more than this many are offered at once, so the choice stays easy.</summary>
    public const int MaxSteps = 3;

    /// <param name="debrief">The debrief just saved.</param>
    /// <param name="all">Every debrief of the user, including it.</param>
    /// <param name="revisitGoals">Whether the user asked to revisit their goals.</param>
    /// <param name="now">The current time in the user's zone.</param>
    /// <param name="canBegin">Whether a dialog id can be begun here (a step whose flow is missing is not offered).</param>
    public static IReadOnlyList<DebriefNextStep> For(DebriefRecord debrief, IReadOnlyList<DebriefRecord> all, bool revisitGoals, DateTimeOffset now, Func<string, bool> canBegin)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        ArgumentNullException.ThrowIfNull(canBegin);
        var steps = new List<DebriefNextStep>();
        if (revisitGoals && canBegin(Goals.GoalDialog.DialogId))
        {
            steps.Add(new DebriefNextStep(RevisitGoals, "Revisit my goals"));
        }

        if (Debrief.WeeklyReview.ThisWeek(all, now).Count >= Debrief.WeeklyReview.MinDebriefs)
        {
            steps.Add(new DebriefNextStep(WeeklyReview, "Weekly review"));
        }

        // Each employer can become a contact or a target in one press (S113): both for the first, then one per employer.
        bool addContact = canBegin(Contacts.AddContactDialog.DialogId);
        bool addTarget = canBegin(Progress.TargetDialog.DialogId);
        foreach (string employer in debrief.Employers)
        {
            if (addContact)
            {
                steps.Add(new DebriefNextStep(AddEmployer, $"Add someone at {employer}", employer));
            }

            if (addTarget)
            {
                steps.Add(new DebriefNextStep(AddTarget, $"Target {employer}", employer));
            }
        }

        return steps.Take(MaxSteps).ToList();
    }
}
