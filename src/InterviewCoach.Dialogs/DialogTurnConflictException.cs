namespace InterviewCoach.Dialogs;

/// <summary>A turn lost every conditional write to concurrent turns on the same conversation; nothing was sent or saved.</summary>
public sealed class DialogTurnConflictException : Exception
{
    public DialogTurnConflictException()
        : base("The turn could not be saved because other turns kept changing the conversation.")
    {
    }

    public DialogTurnConflictException(string message)
        : base(message)
    {
    }

    public DialogTurnConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
