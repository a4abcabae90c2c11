namespace InterviewCoach.Coaching.Contacts;

/// <summary>How the user plans to ask this contact for a conversation.</summary>
public enum PreferredChannel
{
    Phone,
    Email,
    InPerson,

    /// <summary>A message on LinkedIn. Enums are stored by name, so records saved before it existed load unchanged.</summary>
    LinkedIn,
}
