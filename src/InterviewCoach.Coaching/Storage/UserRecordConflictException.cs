namespace InterviewCoach.Coaching.Storage;

/// <summary>A conditional save lost: the record already exists, or changed since it was read.</summary>
public sealed class UserRecordConflictException : Exception
{
    public UserRecordConflictException()
        : base("The record changed since it was read.")
    {
    }

    public UserRecordConflictException(string message)
        : base(message)
    {
    }

    public UserRecordConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
