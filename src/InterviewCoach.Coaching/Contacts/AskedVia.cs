namespace InterviewCoach.Coaching.Contacts;

/// <summary>How the user actually asked this contact for the meeting; the meeting opener refers back to it (S078).</summary>
public enum AskedVia
{
    /// <summary>Not logged; the opener falls back to the contact's preferred channel.</summary>
    NotRecorded,
    Phone,
    Email,
    Letter,
    LinkedIn,
    InPerson,
}
