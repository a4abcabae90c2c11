namespace InterviewCoach.Coaching.Contacts;

/// <summary>An agreed conversation: when, where (or how to dial in) and how to find the place.</summary>
public sealed record MeetingDetails
{
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>IANA time zone of the meeting place, for example "Europe/London", so reminders show local time.</summary>
    public required string TimeZoneId { get; init; }

    public int DurationMinutes { get; init; } = 30;

    /// <summary>An address, a café, or the call details for a phone or video conversation.</summary>
    public string? Place { get; init; }

    /// <summary>How to get there and where to go on arrival.</summary>
    public string? Directions { get; init; }

    /// <summary>
    /// A phone or video call (true) or a visit (false), kept to 10-15 or at most 30 minutes (D3/D4); null for meetings
    /// saved before it was asked, which follow the contact's ask.
    /// </summary>
    public bool? ByCall { get; init; }

    /// <summary>What the user wants from this particular meeting (S004); null for meetings saved before it was asked.</summary>
    public string? Goal { get; init; }
}
