namespace InterviewCoach.Coaching.Goals;

/// <summary>Where the user is in their career thinking; it decides which conversations the coach suggests first.</summary>
public enum CareerStage
{
    /// <summary>Still comparing fields and wants to learn what the work is really like.</summary>
    ExploringOptions,

    /// <summary>Has chosen a direction and wants local, current knowledge of it.</summary>
    OnAClearPath,
}
