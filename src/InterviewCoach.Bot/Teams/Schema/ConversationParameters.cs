using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>
/// The body of <c>POST v3/conversations</c>. Teams 1:1: <see cref="Bot"/> = <c>28:&lt;appId&gt;</c>, one member
/// (<c>29:...</c>), <see cref="IsGroup"/> false, the tenant in <see cref="TenantId"/> and in channelData.
/// </summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#conversationparameters-object</remarks>
internal sealed record ConversationParameters
{
    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount> Members { get; init; } = [];

    public bool IsGroup { get; init; }

    public string? TenantId { get; init; }

    public JsonNode? ChannelData { get; init; }
}
