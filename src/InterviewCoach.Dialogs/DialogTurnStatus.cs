namespace InterviewCoach.Dialogs;

/// <summary>Where the dialog stack stands after a turn (Bot Builder's <c>DialogTurnStatus</c>).</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
