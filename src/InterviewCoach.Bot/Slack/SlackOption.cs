using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>A chosen option of a select, radio group or checkbox group.</summary>
internal sealed record SlackOption
{
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("text")]
    public SlackText? Text { get; init; }
}
