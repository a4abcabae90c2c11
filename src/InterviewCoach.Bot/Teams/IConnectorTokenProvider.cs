namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Supplies the bearer token the bot sends to the Bot Connector (scope <c>https://api.botframework.com/.default</c>),
/// cached until shortly before it expires. Returns <see langword="null"/> in local mode, where calls go unauthenticated.
/// </summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#bot-to-connector</remarks>
internal interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
