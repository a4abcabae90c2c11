namespace InterviewCoach.Coaching.Goals;

/// <summary>How much relevant experience the user has.</summary>
public enum ExperienceLevel
{
    /// <summary>Not said.</summary>
    NotSaid,

    /// <summary>Little so far: volunteering, class projects, a first job.</summary>
    Limited,

    /// <summary>Several years of relevant work.</summary>
    Experienced,
}
