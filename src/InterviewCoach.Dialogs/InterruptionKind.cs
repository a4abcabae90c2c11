namespace InterviewCoach.Dialogs;

/// <summary>A global command recognized in front of the active dialog.</summary>
internal enum InterruptionKind
{
    None,
    Help,
    Cancel,
    Restart,
    Menu,
    Back,
}
