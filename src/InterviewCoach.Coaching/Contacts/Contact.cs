using System.Text.Json.Serialization;

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

    public ContactStage Stage { get; init; }

    public MeetingDetails? Meeting { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Notes { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>A new contact at <see cref="ContactStage.ToContact"/> with a fresh id.</summary>
    public static Contact Create(string name, DateTimeOffset now) => new()
    {
        Id = ContactId.New(),
        Name = name.Trim(),
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>The referrer to name in an ask, or null when this contact was not referred by anyone.</summary>
    [JsonIgnore]
    public string? ReferrerToMention =>
        Connection == ConnectionKind.ReferredBy && !string.IsNullOrWhiteSpace(ReferredByName) ? ReferredByName.Trim() : null;
}
