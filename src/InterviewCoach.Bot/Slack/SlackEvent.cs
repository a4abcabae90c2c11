using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The inner event of an Events API callback. The bot subscribes to <c>message.im</c>, <c>app_home_opened</c>,
/// <c>app_uninstalled</c> and <c>tokens_revoked</c> (manifests/slack); this holds what it reads from each.
/// </summary>
/// <remarks>https://api.slack.com/events/message.im, https://api.slack.com/events/app_home_opened, https://api.slack.com/events/tokens_revoked</remarks>
internal sealed record SlackEvent
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("subtype")]
    public string? Subtype { get; init; }

    [JsonPropertyName("user")]
    public string? User { get; init; }

    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    /// <summary><c>im</c> for a direct message with the bot.</summary>
    [JsonPropertyName("channel_type")]
    public string? ChannelType { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Set when a bot (this one included) posted the message.</summary>
    [JsonPropertyName("bot_id")]
    public string? BotId { get; init; }

    [JsonPropertyName("hidden")]
    public bool? Hidden { get; init; }

    /// <summary>The parent's timestamp when the message was written in a thread.</summary>
    [JsonPropertyName("thread_ts")]
    public string? ThreadTs { get; init; }

    /// <summary><c>tokens_revoked</c>: the revoked tokens' owners.</summary>
    [JsonPropertyName("tokens")]
    public SlackRevokedTokens? Tokens { get; init; }
}
