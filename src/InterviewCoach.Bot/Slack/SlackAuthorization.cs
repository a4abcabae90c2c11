using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>One installation an Events API event is delivered for (<c>authorizations[]</c>).</summary>
internal sealed record SlackAuthorization
{
    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }

    [JsonPropertyName("enterprise_id")]
    public string? EnterpriseId { get; init; }
}
