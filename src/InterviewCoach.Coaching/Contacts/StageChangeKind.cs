namespace InterviewCoach.Coaching.Contacts;

/// <summary>What a stage change means for the user's progress with a contact.</summary>
public enum StageChangeKind
{
    /// <summary>The stage stays as it is.</summary>
    NoChange,

    /// <summary>The next step on the main track.</summary>
    NextStep,

    /// <summary>Forward past one or more steps, such as a contact who agreed to meet on the spot.</summary>
    SkipAhead,

    /// <summary>Asking again after no answer.</summary>
    Retry,

    /// <summary>The contact did not answer or said no.</summary>
    Closed,

    /// <summary>Back from a decline into the main track: allowed as a correction.</summary>
    Reopened,

    /// <summary>Backwards on the main track: allowed as a correction, but progress is lost.</summary>
    Regression,
}
