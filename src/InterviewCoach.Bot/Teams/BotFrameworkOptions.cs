namespace InterviewCoach.Bot.Teams;

/// <summary>
/// The bot's identity, read from ROOT-level keys as Bot Framework does (<c>MicrosoftAppId</c>, not
/// <c>Teams:MicrosoftAppId</c>), so existing Azure Bot settings and Bot Builder docs apply unchanged.
/// An empty <see cref="MicrosoftAppId"/> is local mode: no inbound JWT and no outbound token (Emulator, dev chat),
/// allowed only in the Development environment.
/// </summary>
/// <remarks>https://learn.microsoft.com/azure/bot-service/bot-builder-authentication</remarks>
internal sealed class BotFrameworkOptions
{
    /// <summary>Empty: these keys live at the configuration root.</summary>
    public const string SectionName = "";

    public const string MultiTenant = "MultiTenant";

    public const string SingleTenant = "SingleTenant";

    public const string UserAssignedMsi = "UserAssignedMSI";

    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary><c>MultiTenant</c> (existing bots only), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = MultiTenant;

    /// <summary>The bot's Entra app id (for UserAssignedMSI: the identity's client id). Empty = local mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant, SingleTenant). No default.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The bot's home tenant: the authority of outbound tokens for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Overrides the Bot Connector OpenID metadata (sovereign clouds, tests).</summary>
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    /// <summary>Overrides the Bot Connector token issuer (sovereign clouds, tests).</summary>
    public string? ToBotFromChannelTokenIssuer { get; set; }

    /// <summary>Overrides the Entra OpenID metadata used for Emulator tokens.</summary>
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    /// <summary>
    /// Overrides the authority outbound tokens come from, tenant included (sovereign clouds, tests), e.g.
    /// <c>https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us</c>. Must be https (MSAL's rule); the
    /// authority is then used as given, without Entra instance discovery.
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>Overrides the resource outbound tokens are for (default <c>https://api.botframework.com</c>); <c>/.default</c> is appended.</summary>
    public string? ToChannelFromBotOAuthScope { get; set; }

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string ChannelIssuer => string.IsNullOrWhiteSpace(ToBotFromChannelTokenIssuer) ? BotFrameworkIssuer : ToBotFromChannelTokenIssuer;

    public string ChannelMetadataUrl => string.IsNullOrWhiteSpace(ToBotFromChannelOpenIdMetadataUrl) ? BotFrameworkOpenIdMetadataUrl : ToBotFromChannelOpenIdMetadataUrl;

    public string EmulatorMetadataUrl => string.IsNullOrWhiteSpace(ToBotFromEmulatorOpenIdMetadataUrl) ? EntraOpenIdMetadataUrl : ToBotFromEmulatorOpenIdMetadataUrl;
}
