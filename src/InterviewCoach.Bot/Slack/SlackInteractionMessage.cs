using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>The message an interaction happened in: its fallback text and its blocks, kept as sent so they can be echoed back.</summary>
internal sealed record SlackInteractionMessage
{
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The blocks as Slack sent them: an update replaces the pressed one and sends the others back unchanged.</summary>
    [JsonPropertyName("blocks")]
    public IReadOnlyList<JsonElement>? Blocks { get; init; }
}
