namespace InterviewCoach.Dialogs.Testing;

/// <summary>A transcript expectation of <see cref="TestTurn"/> that did not hold. Test frameworks report it as a failure.</summary>
public sealed class DialogAssertionException : Exception
{
    public DialogAssertionException()
    {
    }

    public DialogAssertionException(string message)
        : base(message)
    {
    }

    public DialogAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
