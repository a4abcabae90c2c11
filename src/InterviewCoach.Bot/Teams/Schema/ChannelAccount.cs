namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>A user or bot in a conversation. Teams user ids (<c>29:...</c>) are specific to the bot; bot ids are <c>28:&lt;appId&gt;</c>.</summary>
internal sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The user's Entra object id (Teams).</summary>
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
