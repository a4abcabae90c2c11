namespace InterviewCoach.Coaching.Contacts;

/// <summary>How the user came to know of a contact; the opening line of every ask depends on it.</summary>
public enum ConnectionKind
{
    /// <summary>No link yet: a cold approach.</summary>
    None,

    /// <summary>Someone the user knows passed on this contact's name.</summary>
    ReferredBy,

    /// <summary>Both studied at the same school or programme.</summary>
    Alumni,

    /// <summary>Both belong to the same professional association or group.</summary>
    Association,

    /// <summary>Found through LinkedIn.</summary>
    LinkedIn,

    /// <summary>Met in person at an event.</summary>
    MetAtEvent,

    /// <summary>Someone the user already knows: a former colleague or manager, an old friend.</summary>
    KnowThem,
}
