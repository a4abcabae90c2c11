using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Client-credentials tokens with the app secret: authority = the bot's tenant for SingleTenant, <c>botframework.com</c>
/// for legacy MultiTenant bots, or <c>ToChannelFromBotLoginUrl</c> as given. MSAL keeps the token in its in-memory
/// cache until shortly before expiry. In a host its token requests go through <see cref="TokenResilience"/>'s HttpClient.
/// </summary>
internal sealed class MsalTokenProvider : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly string[] _scopes;
    private readonly IConfidentialClientApplication _application;

    public MsalTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory? httpClients = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        BotFrameworkOptions bot = options.Value;
        string tenant = string.Equals(bot.MicrosoftAppType, BotFrameworkOptions.SingleTenant, StringComparison.OrdinalIgnoreCase)
            ? bot.MicrosoftAppTenantId!
            : "botframework.com";
        ConfidentialClientApplicationBuilder builder = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId).WithClientSecret(bot.MicrosoftAppPassword);
        builder = string.IsNullOrWhiteSpace(bot.ToChannelFromBotLoginUrl)
            ? builder.WithAuthority($"https://login.microsoftonline.com/{tenant}")
            // A configured authority is taken as is: instance discovery would ask the public cloud about it.
            : builder.WithAuthority(bot.ToChannelFromBotLoginUrl, validateAuthority: false).WithInstanceDiscovery(false);
        if (httpClients is not null)
        {
            builder = builder.WithHttpClientFactory(new TokenResilience(httpClients), retryOnceOn5xx: false);
        }

        _application = builder.Build();
        _scopes = [string.IsNullOrWhiteSpace(bot.ToChannelFromBotOAuthScope) ? Scope : bot.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default"];
    }

    /// <summary>The authority tokens are requested from.</summary>
    internal string Authority => _application.Authority;

    internal IReadOnlyList<string> Scopes => _scopes;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        AuthenticationResult result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
