namespace InterviewCoach.Dialogs.State;

/// <summary>A conditional write lost to another turn that wrote the same conversation first.</summary>
public sealed class DialogStateConflictException : Exception
{
    public DialogStateConflictException()
        : base("The conversation state changed since it was read.")
    {
    }

    public DialogStateConflictException(string message)
        : base(message)
    {
    }

    public DialogStateConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
