namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>The Connector's answer to a send: the id of the created activity (may be absent).</summary>
internal sealed record ResourceResponse
{
    public string? Id { get; init; }
}
