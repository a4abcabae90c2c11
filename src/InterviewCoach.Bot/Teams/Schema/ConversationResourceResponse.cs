namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>The Connector's answer to <c>POST v3/conversations</c>.</summary>
internal sealed record ConversationResourceResponse
{
    public string? Id { get; init; }

    public string? ActivityId { get; init; }

    public string? ServiceUrl { get; init; }
}
