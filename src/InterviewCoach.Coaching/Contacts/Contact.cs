using System.Text.Json.Serialization;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>A person the user wants to, or did, talk to, with the state of that conversation.</summary>
public sealed record Contact
{
    /// <summary>A <see cref="ContactId"/> value; used as the table row key.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Role { get; init; }

    public string? Organisation { get; init; }

    public ConnectionKind Connection { get; init; }

    /// <summary>Detail of the connection: the school, association, event or profile note.</summary>
    public string? ConnectionNote { get; init; }

    /// <summary>Who passed on this contact's name, when <see cref="Connection"/> is <see cref="ConnectionKind.ReferredBy"/>.</summary>
    public string? ReferredByName { get; init; }

    /// <summary>The referrer's own contact id when they are in the user's list, such as an earlier interviewee.</summary>
    public string? ReferredByContactId { get; init; }

    public PreferredChannel PreferredChannel { get; init; }

    /// <summary>How the ask actually went out, once logged; the meeting opener mentions it (S078).</summary>
    public AskedVia AskedVia { get; init; }

    public ContactStage Stage { get; init; }

    public MeetingDetails? Meeting { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Notes { get; init; }

    /// <summary>One thing the user found out about the person or their organisation before asking (the light research pass).</summary>
    public string? ResearchFact { get; init; }

    /// <summary>Why the user chose this person, in their words; the meeting opener says it (S079).</summary>
    public string? WhyThem { get; init; }

    /// <summary>Where the contact is based, in the user's words ("Leeds", "Toronto").</summary>
    public string? Location { get; init; }

    /// <summary>Too far to meet in person: the ask is for a short phone or video call.</summary>
    public bool LongDistance { get; init; }

    /// <summary>A very busy or senior contact: the ask is for 15-20 minutes instead of 20-30.</summary>
    public bool ShortAsk { get; init; }

    /// <summary>Where the ask offers to meet; <see cref="MeetingVenue.NotChosen"/> drafts as <see cref="MeetingVenue.TheirChoice"/>.</summary>
    public MeetingVenue Venue { get; init; }

    /// <summary>Whether the ask offers to buy a coffee; off unless the user turns it on.</summary>
    public bool OfferCoffee { get; init; }

    /// <summary>Whether a written ask says a résumé is enclosed; off unless the user turns it on.</summary>
    public bool IncludeResume { get; init; }

    /// <summary>Whether the referrer agreed to be named when the user approaches this contact.</summary>
    public ReferrerConsent ReferrerConsent { get; init; }

    /// <summary>When the mutual contact made the introduction the user asked for (S016); null until the user says so.</summary>
    public DateTimeOffset? IntroducedAt { get; init; }

    /// <summary>When the user decided not to approach this referral after all (S095); null while they still mean to.</summary>
    public DateTimeOffset? NotPursuingSince { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>A new contact at <see cref="ContactStage.ToContact"/> with a fresh id; a name typed all in lower case is capitalised.</summary>
    public static Contact Create(string name, DateTimeOffset now) => new()
    {
        Id = ContactId.New(),
        Name = PersonNameCasing.Cased(name),
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>The referrer to name in an ask, or null when this contact was not referred by anyone.</summary>
    [JsonIgnore]
    public string? ReferrerToMention =>
        Connection == ConnectionKind.ReferredBy && (ReferrerConsent != ReferrerConsent.Declined || IntroducedAt is not null) && !string.IsNullOrWhiteSpace(ReferredByName)
            ? ReferredByName.Trim()
            : null;

    /// <summary>
    /// The mutual contact to ask for an introduction instead of approaching directly: a referrer who has not agreed to
    /// be named (D12); null when the user can approach directly, or once the introduction has been made.
    /// </summary>
    [JsonIgnore]
    public string? IntroductionBy =>
        Connection == ConnectionKind.ReferredBy && ReferrerConsent != ReferrerConsent.Agreed && IntroducedAt is null && !string.IsNullOrWhiteSpace(ReferredByName)
            ? ReferredByName.Trim()
            : null;

    /// <summary>How long the ask requests: 15-20 minutes for a short ask, 10-15 for a call, otherwise 20-30 (D2, D4).</summary>
    [JsonIgnore]
    public AskLength AskLength => AskLength.For(this);
}
