using InterviewCoach.Bot.Teams;
using InterviewCoach.Load.Channels.Teams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace InterviewCoach.Load.Tests;

/// <summary>The tokens the driver signs, checked by the host's own authenticator against the driver's metadata over HTTP.</summary>
public sealed class DriverTokenTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "7d2f6b4e-2c1a-4f0e-9b61-3c5d8e9f0a12";
    private readonly ChannelIdentity _identity = new();
    private FakeBotConnector _connector = null!;
    private BotAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync(0, _identity);
        var options = new BotFrameworkOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "secret",
            ToBotFromChannelOpenIdMetadataUrl = _connector.MetadataUrl.AbsoluteUri,
            ToBotFromChannelTokenIssuer = _identity.Issuer,
        };
        _authenticator = new BotAuthenticator(Options.Create(options), new PlainHttpClientFactory(), NullLogger<BotAuthenticator>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
    }

    public void Dispose() => _identity.Dispose();

    [Fact]
    public async Task TheHostAcceptsTheDriversToken()
    {
        string serviceUrl = _connector.ServiceUrl.AbsoluteUri;

        BotAuthenticationResult result = await _authenticator.AuthenticateAsync("Bearer " + _identity.CreateToken(AppId, serviceUrl), "msteams", serviceUrl);

        Assert.True(result.IsAuthenticated, result.FailureReason);
        Assert.True(result.ServiceUrlTrusted);
    }

    [Fact]
    public async Task TheHostRefusesATamperedToken()
    {
        string serviceUrl = _connector.ServiceUrl.AbsoluteUri;
        string token = _identity.CreateToken(AppId, serviceUrl);
        string[] parts = token.Split('.');
        // Same signature over a payload that now names another serviceUrl.
        string payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace(serviceUrl, "https://attacker.example/", StringComparison.Ordinal);
        string tampered = parts[0] + "." + Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload) + "." + parts[2];

        BotAuthenticationResult result = await _authenticator.AuthenticateAsync("Bearer " + tampered, "msteams", "https://attacker.example/");

        Assert.False(result.IsAuthenticated);
    }

    [Fact]
    public async Task TheHostRefusesTheTokenForAnotherBotOrChannel()
    {
        string serviceUrl = _connector.ServiceUrl.AbsoluteUri;

        Assert.False((await _authenticator.AuthenticateAsync("Bearer " + _identity.CreateToken("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", serviceUrl), "msteams", serviceUrl)).IsAuthenticated);
        Assert.False((await _authenticator.AuthenticateAsync("Bearer " + _identity.CreateToken(AppId, serviceUrl), "slack", serviceUrl)).IsAuthenticated);
    }

    [Fact]
    public void TheTokenIsShapedAsTheConnectorSignsIt()
    {
        var token = new JsonWebToken(_identity.CreateToken(AppId, "http://127.0.0.1:1/"));

        Assert.Equal(("RS256", ChannelIdentity.KeyId, "https://api.botframework.com", AppId, "http://127.0.0.1:1/"), (token.Alg, token.Kid, token.Issuer, token.Audiences.Single(), token.GetClaim("serviceurl").Value));
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(31));
    }

    private sealed class PlainHttpClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
