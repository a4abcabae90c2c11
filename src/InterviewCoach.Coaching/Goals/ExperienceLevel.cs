namespace InterviewCoach.Coaching.Goals;

/// <summary>How much relevant experience the user has; it decides which résumé question suits them (S068, D8).</summary>
public enum ExperienceLevel
{
    /// <summary>Not asked yet, or skipped.</summary>
    NotSaid,

    /// <summary>Studying or just graduated.</summary>
    Student,

    /// <summary>Some work experience, little of it in the field.</summary>
    Limited,

    /// <summary>A lot of experience that bears on the field.</summary>
    Experienced,
}
