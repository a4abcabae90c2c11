namespace InterviewCoach.Coaching.Contacts;

/// <summary>Whether the person who passed on a contact's name agreed to be named to them (D12).</summary>
public enum ReferrerConsent
{
    /// <summary>Not asked: scripts may name them, but an introduction through them is suggested first.</summary>
    NotAsked,

    /// <summary>They agreed: approach directly and name them.</summary>
    Agreed,

    /// <summary>They'd rather not be named: no script, draft or reminder names them to the contact.</summary>
    Declined,
}
