using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>A workspace as an interaction payload names it.</summary>
internal sealed record SlackTeam
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }
}
