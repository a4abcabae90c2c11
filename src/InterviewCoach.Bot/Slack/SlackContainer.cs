using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>Where an interaction happened: <c>message</c> (with its channel and timestamp) or <c>view</c>.</summary>
internal sealed record SlackContainer
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("channel_id")]
    public string? ChannelId { get; init; }

    [JsonPropertyName("message_ts")]
    public string? MessageTs { get; init; }

    /// <summary>An ephemeral message cannot be updated with <c>chat.update</c>.</summary>
    [JsonPropertyName("is_ephemeral")]
    public bool? IsEphemeral { get; init; }

    /// <summary>Our DM with the user when the interaction was in one (DM channel ids start with <c>D</c>), else null.</summary>
    public string? DirectMessageChannel => ChannelId is { Length: > 0 } id && id[0] == 'D' ? id : null;
}
