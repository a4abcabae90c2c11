using System.Collections;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Validates the bearer JWT the Bot Connector (or an Emulator with credentials) puts on every POST to the bot.
/// </summary>
/// <remarks>
/// Rules from https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
/// and Bot Builder's JwtTokenValidation / ChannelValidation / EmulatorValidation / EndorsementsValidator:
/// Connector tokens (issuer <c>https://api.botframework.com</c>) are checked against the Bot Connector OpenID
/// metadata: signature (RS256/384/512), lifetime with 5 minutes of skew, issuer, audience = app id, the signing key's
/// <c>endorsements</c> include the activity's channelId, and the <c>serviceurl</c> claim equals the activity's
/// serviceUrl. Other issuers are treated as Entra tokens (Emulator): Entra metadata, the Bot Framework tenants or the
/// bot's own tenant as issuer, and <c>appid</c>/<c>azp</c> = app id. Metadata and keys are cached by IdentityModel's
/// ConfigurationManager and refreshed every 12 hours (the docs ask for at least daily).
/// </remarks>
internal sealed partial class BotAuthenticator
{
    public const string MetadataHttpClientName = "bot-openid-metadata";

    private static readonly TimeSpan s_clockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] s_algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private static readonly string[] s_botFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    private readonly BotFrameworkOptions _options;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _channelMetadata;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _emulatorMetadata;
    private readonly string[] _emulatorIssuers = [];

    public BotAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients, ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        _options = options.Value;
        _logger = logger;
        if (_options.IsLocalMode)
        {
            return;
        }

        _channelMetadata = CreateManager(_options.ChannelMetadataUrl, httpClients);
        _emulatorMetadata = CreateManager(_options.EmulatorMetadataUrl, httpClients);
        var tenants = new List<string>(s_botFrameworkTenants);
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            tenants.Add(_options.MicrosoftAppTenantId);
        }

        _emulatorIssuers = [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })];
    }

    /// <summary>True when inbound requests must carry a valid token (an app id is configured).</summary>
    public bool IsEnabled => !_options.IsLocalMode;

    /// <summary>Checks the <c>Authorization</c> header of a request carrying an activity from <paramref name="channelId"/> with <paramref name="serviceUrl"/>.</summary>
    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, string channelId, string serviceUrl, CancellationToken cancellationToken = default)
    {
        if (!IsEnabled)
        {
            return BotAuthenticationResult.Anonymous;
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Fail("no bearer token");
        }

        string token = authorizationHeader["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return BotAuthenticationResult.Fail("unreadable token");
        }

        string issuer;
        try
        {
            issuer = _handler.ReadJsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return BotAuthenticationResult.Fail("unreadable token");
        }

        try
        {
            return string.Equals(issuer, _options.ChannelIssuer, StringComparison.Ordinal)
                ? await ValidateChannelTokenAsync(token, channelId, serviceUrl, cancellationToken).ConfigureAwait(false)
                : await ValidateEmulatorTokenAsync(token, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            // The metadata could not be fetched: refuse rather than guess (the channel retries).
            Log.MetadataUnavailable(_logger, ex.GetType().Name);
            return BotAuthenticationResult.Fail("OpenID metadata unavailable");
        }
    }

    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(string token, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        ConfigurationManager<OpenIdConnectConfiguration> manager = _channelMetadata!;
        OpenIdConnectConfiguration config = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        TokenValidationResult result = await _handler.ValidateTokenAsync(token, Parameters(config, [_options.ChannelIssuer])).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: ask for fresh metadata (rate-limited by the manager) before the next request.
            manager.RequestRefresh();
        }

        if (!result.IsValid)
        {
            return BotAuthenticationResult.Fail(result.Exception?.GetType().Name ?? "invalid token");
        }

        string? keyId = (result.SecurityToken as JsonWebToken)?.Kid;
        JsonWebKey? key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !HasEndorsement(key, channelId))
        {
            return BotAuthenticationResult.Fail("signing key not endorsed for the channel");
        }

        string? claimedServiceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (claimedServiceUrl is null || !string.Equals(claimedServiceUrl, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Fail("serviceurl claim does not match the activity");
        }

        return new BotAuthenticationResult(true, true, null);
    }

    private async Task<BotAuthenticationResult> ValidateEmulatorTokenAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration config = await _emulatorMetadata!.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        TokenValidationResult result = await _handler.ValidateTokenAsync(token, Parameters(config, _emulatorIssuers)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return BotAuthenticationResult.Fail(result.Exception?.GetType().Name ?? "invalid token");
        }

        ClaimsIdentity identity = result.ClaimsIdentity;
        string? appId = identity.FindFirst("ver")?.Value == "2.0" ? identity.FindFirst("azp")?.Value : identity.FindFirst("appid")?.Value;
        return string.Equals(appId, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? new BotAuthenticationResult(true, true, null)
            : BotAuthenticationResult.Fail("token was not issued to this bot");
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config, IEnumerable<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _options.MicrosoftAppId,
        IssuerSigningKeys = config.SigningKeys,
        ValidAlgorithms = s_algorithms,
        ClockSkew = s_clockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
    };

    /// <summary>The channel must be listed in the signing key's <c>endorsements</c> (an extension of the JWK).</summary>
    internal static bool HasEndorsement(JsonWebKey key, string channelId)
    {
        if (string.IsNullOrEmpty(channelId) || !key.AdditionalData.TryGetValue("endorsements", out object? value))
        {
            return false;
        }

        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && string.Equals(e.GetString(), channelId, StringComparison.Ordinal));
            case string:
                return false;
            case IEnumerable items:
                foreach (object? item in items)
                {
                    string? text = item is JsonElement { ValueKind: JsonValueKind.String } element ? element.GetString() : item?.ToString();
                    if (string.Equals(text, channelId, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateManager(string metadataUrl, IHttpClientFactory httpClients)
    {
        var uri = new Uri(metadataUrl);
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(MetadataHttpClientName))
        {
            // Plain http only for a loopback metadata server (tests, local stand-ins).
            RequireHttps = !uri.IsLoopback,
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Bot OpenID metadata could not be loaded ({ExceptionType}); the request is refused")]
        public static partial void MetadataUnavailable(ILogger logger, string exceptionType);
    }
}
