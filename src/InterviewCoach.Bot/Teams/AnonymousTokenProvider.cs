namespace InterviewCoach.Bot.Teams;

/// <summary>Local mode (no app id): the Emulator and the dev chat connector accept calls without a token.</summary>
internal sealed class AnonymousTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
