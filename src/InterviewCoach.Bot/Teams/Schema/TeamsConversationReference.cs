namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>
/// What the bot stores to message a user later (the payload of the host's ConversationReference): where to post
/// and as whom. Shaped like Bot Framework's ConversationReference plus the tenant id needed to create a 1:1 chat.
/// </summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#conversationreference-object</remarks>
internal sealed record TeamsConversationReference
{
    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ChannelAccount? User { get; init; }

    public string? TenantId { get; init; }

    public string? Locale { get; init; }

    public string? ActivityId { get; init; }
}
