using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Client-credentials tokens with the app secret: authority = the bot's tenant for SingleTenant, <c>botframework.com</c>
/// for legacy MultiTenant bots. MSAL keeps the token in its in-memory cache until shortly before expiry.
/// </summary>
internal sealed class MsalTokenProvider : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly string[] s_scopes = [Scope];
    private readonly IConfidentialClientApplication _application;

    public MsalTokenProvider(IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        BotFrameworkOptions bot = options.Value;
        string tenant = string.Equals(bot.MicrosoftAppType, BotFrameworkOptions.SingleTenant, StringComparison.OrdinalIgnoreCase)
            ? bot.MicrosoftAppTenantId!
            : "botframework.com";
        _application = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        AuthenticationResult result = await _application.AcquireTokenForClient(s_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
