using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>Inbound JWT rules, end to end over HTTP against metadata and keys served by the fake channel.</summary>
[Collection(SharedAzurite.Name)]
public sealed class BotAuthenticatorTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private TeamsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _host = await TeamsTestHost.StartAsync(azurite.Azurite, _channel);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private JsonObject Message(string id)
    {
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", _channel.BaseUrl);
        activity["id"] = id;
        return activity;
    }

    private static string ServiceUrl(JsonObject activity) => activity["serviceUrl"]!.GetValue<string>();

    [Fact]
    public async Task AValidConnectorTokenIsAcceptedAndTheReplyCarriesTheOutboundToken()
    {
        JsonObject activity = Message("valid-1");
        using HttpResponseMessage response = await _host.PostActivityAsync(activity, _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await _channel.WaitForCallsAsync(1);
        Assert.Equal("Bearer " + TeamsTestHost.OutboundToken, calls[0].Authorization);
    }

    [Fact]
    public async Task ARequestWithoutATokenIsRefused()
    {
        using HttpResponseMessage response = await _host.PostActivityAsync(Message("none-1"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsRefused() =>
        await AssertRefusedAsync(activity => _channel.CreateToken("11111111-1111-4111-8111-111111111111", ServiceUrl(activity)));

    [Fact]
    public async Task ATokenFromAnotherIssuerIsRefused() =>
        await AssertRefusedAsync(activity => _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity), d => d.Issuer = "https://evil.example.com"));

    [Fact]
    public async Task AnExpiredTokenIsRefusedBeyondFiveMinutesOfSkew() =>
        await AssertRefusedAsync(activity => _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity), d =>
        {
            d.IssuedAt = DateTime.UtcNow.AddHours(-2);
            d.NotBefore = DateTime.UtcNow.AddHours(-2);
            d.Expires = DateTime.UtcNow.AddMinutes(-6);
        }));

    [Fact]
    public async Task ATokenExpiredWithinTheSkewIsStillAccepted()
    {
        JsonObject activity = Message("skew-1");
        string token = _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity), d =>
        {
            d.IssuedAt = DateTime.UtcNow.AddHours(-1);
            d.NotBefore = DateTime.UtcNow.AddHours(-1);
            d.Expires = DateTime.UtcNow.AddMinutes(-3);
        });
        using HttpResponseMessage response = await _host.PostActivityAsync(activity, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnsignedAlgNoneTokenIsRefused() =>
        await AssertRefusedAsync(activity => FakeChannel.CreateUnsignedToken(TeamsTestHost.AppId, ServiceUrl(activity)));

    [Fact]
    public async Task ATokenSignedByAnUnknownKeyIsRefused()
    {
        using var other = RSA.Create(2048);
        await AssertRefusedAsync(activity => _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity), signWith: other, keyId: "unknown-key"));
    }

    [Fact]
    public async Task AForgedSignatureUnderTheRealKeyIdIsRefused()
    {
        using var other = RSA.Create(2048);
        await AssertRefusedAsync(activity => _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity), signWith: other, keyId: FakeChannel.KeyId));
    }

    [Fact]
    public async Task ATokenForAnotherServiceUrlIsRefused() =>
        await AssertRefusedAsync(_ => _channel.CreateToken(TeamsTestHost.AppId, "https://smba.trafficmanager.net/amer/"));

    [Fact]
    public async Task ATokenWithoutAServiceUrlClaimIsRefused() =>
        await AssertRefusedAsync(activity => _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity), d => d.Claims.Clear()));

    [Fact]
    public async Task AKeyNotEndorsedForTheChannelIsRefused()
    {
        JsonObject activity = Message("endorse-1");
        activity["channelId"] = "slack";
        using HttpResponseMessage response = await _host.PostActivityAsync(activity, _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AGarbageBearerValueIsRefused() =>
        await AssertRefusedAsync(_ => "not.a.jwt");

    [Fact]
    public async Task AnHs256TokenIsRefused()
    {
        byte[] secret = RandomNumberGenerator.GetBytes(32);
        await AssertRefusedAsync(activity => _channel.CreateToken(TeamsTestHost.AppId, ServiceUrl(activity), d =>
            d.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = FakeChannel.KeyId }, SecurityAlgorithms.HmacSha256)));
    }

    private async Task AssertRefusedAsync(Func<JsonObject, string> token)
    {
        JsonObject activity = Message("refused-" + Guid.NewGuid().ToString("N"));
        using HttpResponseMessage response = await _host.PostActivityAsync(activity, token(activity));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _channel.Attempts);
    }
}
