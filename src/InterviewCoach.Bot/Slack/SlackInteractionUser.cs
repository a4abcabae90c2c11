using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>The user who interacted, and their workspace.</summary>
internal sealed record SlackInteractionUser
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("team_id")]
    public string? TeamId { get; init; }
}
