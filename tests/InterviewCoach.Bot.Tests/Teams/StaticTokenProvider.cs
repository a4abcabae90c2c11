using InterviewCoach.Bot.Teams;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>An outbound token without Entra: tests check it reaches the connector and nothing else.</summary>
public sealed class StaticTokenProvider(string token) : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(token);
}
