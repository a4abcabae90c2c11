using System.Globalization;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// How long a conversation the user asks a contact for, used alike by the ask, the question budget, the prep and the
/// opener so every place names the same length. In person 20-30 minutes; a "short ask" 15-20 (D2); a phone or video
/// call 10-15 (D4). <see cref="Planned"/> is the one number for a calendar entry or a time check: it fits the whole range.
/// </summary>
public sealed record AskLength(int Shortest, int Longest, bool IsCall)
{
    /// <summary>No conversation is planned or accepted beyond this many minutes in person (D3).</summary>
    public const int InPersonCap = 30;

    /// <summary>A call is kept to this many minutes at most (D4).</summary>
    public const int CallCap = 15;

    public static AskLength InPerson { get; } = new(20, 30, IsCall: false);

    public static AskLength BusyContact { get; } = new(15, 20, IsCall: false);

    public static AskLength Call { get; } = new(10, 15, IsCall: true);

    /// <summary>The one length to plan to: 20 minutes in person (fits 20-30 and 15-20), 15 on a call.</summary>
    public int Planned => IsCall ? Longest : Math.Min(20, Longest);

    /// <summary>The most the user should agree to: 30 minutes in person, 15 on a call.</summary>
    public int Cap => IsCall ? CallCap : InPersonCap;

    /// <summary>"20 to 30 minutes".</summary>
    public string Range => string.Create(CultureInfo.InvariantCulture, $"{Shortest} to {Longest} minutes");

    /// <summary>The length for <paramref name="contact"/>: a call when the booked meeting is one, or before booking when they are far away or the venue is a call; otherwise short or standard.</summary>
    public static AskLength For(Contact? contact) => contact switch
    {
        // A booked meeting says how it will happen; before one is booked the ask decides.
        { Meeting.ByCall: true } => Call,
        { Meeting.ByCall: false, ShortAsk: true } => BusyContact,
        { Meeting.ByCall: false } => InPerson,
        { LongDistance: true } or { Venue: MeetingVenue.Call } => Call,
        { ShortAsk: true } => BusyContact,
        _ => InPerson,
    };

    /// <summary>The length for a meeting with <paramref name="contact"/> held as a call or in person, as the user booked it.</summary>
    public static AskLength ForMeeting(Contact? contact, bool byCall) => byCall ? Call : contact?.ShortAsk == true ? BusyContact : InPerson;

    /// <summary>The two lengths to offer when a longer one was asked for: the cap first, then the usual length.</summary>
    public IReadOnlyList<int> Offered => Planned == Cap ? [Cap, Shortest] : [Cap, Planned];

    /// <summary>A meeting length kept within the cap; a longer one is brought back to <see cref="Cap"/>.</summary>
    public int Capped(int minutes) => minutes <= 0 ? Planned : Math.Min(minutes, Cap);
}
