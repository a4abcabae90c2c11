using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The outer envelope of a request to the Events API URL: a <c>url_verification</c> challenge or an
/// <c>event_callback</c> carrying one <see cref="SlackEvent"/>. Only the fields the bot reads are modelled; Slack adds
/// fields freely and they are ignored.
/// </summary>
/// <remarks>https://api.slack.com/apis/events-api#callback-field</remarks>
internal sealed record SlackEventEnvelope
{
    /// <summary><c>url_verification</c> or <c>event_callback</c> (others are acknowledged and ignored).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The value to echo back for <c>url_verification</c>.</summary>
    [JsonPropertyName("challenge")]
    public string? Challenge { get; init; }

    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("enterprise_id")]
    public string? EnterpriseId { get; init; }

    /// <summary>Slack's id for this event; a retry carries the same one.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; init; }

    [JsonPropertyName("authorizations")]
    public IReadOnlyList<SlackAuthorization?>? Authorizations { get; init; }

    [JsonPropertyName("event")]
    public SlackEvent? Event { get; init; }

    /// <summary>
    /// The workspace the event belongs to: <c>team_id</c>, else the first authorization's team (or, for an org-wide
    /// install, its enterprise), else the envelope's <c>enterprise_id</c>; empty when none is named.
    /// </summary>
    public string Team()
    {
        if (!string.IsNullOrEmpty(TeamId))
        {
            return TeamId;
        }

        if (Authorizations is [{ } first, ..])
        {
            return !string.IsNullOrEmpty(first.TeamId) ? first.TeamId : first.EnterpriseId ?? string.Empty;
        }

        return EnterpriseId ?? string.Empty;
    }
}
