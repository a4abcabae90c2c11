namespace InterviewCoach.Coaching.Goals;

/// <summary>What the user hopes to get from informational interviews. Several may be chosen at once.</summary>
[Flags]
public enum InterviewPurposes
{
    /// <summary>Nothing chosen yet.</summary>
    None = 0,

    /// <summary>Decide whether the field suits me.</summary>
    JudgeFit = 1 << 0,

    /// <summary>Learn the way in: education, credentials, experience.</summary>
    LearnEntryPath = 1 << 1,

    /// <summary>Meet more people in the field.</summary>
    GrowNetwork = 1 << 2,

    /// <summary>Find out who employs people like me around here.</summary>
    FindLocalEmployers = 1 << 3,

    /// <summary>Size up one particular employer.</summary>
    EvaluateEmployer = 1 << 4,

    /// <summary>Learn how people in the field actually get hired.</summary>
    LearnHowPeopleGetHired = 1 << 5,

    /// <summary>Get comfortable talking about myself before real job interviews.</summary>
    PractiseForJobInterviews = 1 << 6,
}
