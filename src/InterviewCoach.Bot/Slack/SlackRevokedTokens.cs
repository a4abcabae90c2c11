using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>tokens</c> of a <c>tokens_revoked</c> event: user ids by kind of token (<c>oauth</c> for user tokens, <c>bot</c>).</summary>
internal sealed record SlackRevokedTokens
{
    [JsonPropertyName("bot")]
    public IReadOnlyList<string?>? Bot { get; init; }

    /// <summary>Only a bot token is the app's own: revoking a user's token leaves the workspace working.</summary>
    public bool RevokesBotToken => Bot is { Count: > 0 };
}
