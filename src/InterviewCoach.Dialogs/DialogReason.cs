namespace InterviewCoach.Dialogs;

/// <summary>Why a dialog ends or resumes.</summary>
public enum DialogReason
{
    /// <summary>The dialog was started.</summary>
    BeginCalled,

    /// <summary>A child ended and returned a result, or the dialog ended itself.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another in its stack slot.</summary>
    ReplaceCalled,

    /// <summary>The stack was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead.</summary>
    NextCalled,
}
