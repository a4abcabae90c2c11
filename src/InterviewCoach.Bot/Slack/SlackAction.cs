using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>One pressed element of a <c>block_actions</c> payload.</summary>
internal sealed record SlackAction
{
    /// <summary>Ours start with one of <see cref="SlackActionIds"/>' prefixes.</summary>
    [JsonPropertyName("action_id")]
    public string? ActionId { get; init; }

    [JsonPropertyName("block_id")]
    public string? BlockId { get; init; }

    /// <summary>A button's value.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>A button's label.</summary>
    [JsonPropertyName("text")]
    public SlackText? Text { get; init; }
}
