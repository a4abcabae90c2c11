namespace InterviewCoach.Coaching.Contacts;

/// <summary>How the user plans to ask this contact for a conversation.</summary>
public enum PreferredChannel
{
    Phone,
    Email,
    InPerson,
}
