namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>The conversation an activity belongs to: <c>personal</c> (1:1), <c>groupChat</c> or <c>channel</c> in Teams.</summary>
internal sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }
}
