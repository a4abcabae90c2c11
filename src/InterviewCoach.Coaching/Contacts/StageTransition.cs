namespace InterviewCoach.Coaching.Contacts;

/// <summary>A classified stage change. Every change may be saved; only normal ones should be offered as buttons.</summary>
public sealed record StageTransition(ContactStage From, ContactStage To, StageChangeKind Kind)
{
    /// <summary>A move the coach would suggest in the ordinary course of things.</summary>
    public bool IsNormal => Kind is StageChangeKind.NextStep or StageChangeKind.SkipAhead or StageChangeKind.Retry or StageChangeKind.Closed;

    /// <summary>True when the change undoes progress and the user should confirm it.</summary>
    public bool IsRegression => Kind == StageChangeKind.Regression;
}
