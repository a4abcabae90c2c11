using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InterviewCoach.Load.Channels.Teams;

/// <summary>
/// The Bot Connector's side of inbound authentication with a test key: the OpenID metadata and JWKS (with the
/// channel <c>endorsements</c>) it publishes, and RS256 tokens shaped as it signs them (issuer
/// <c>https://api.botframework.com</c>, audience = the bot's app id, a <c>serviceurl</c> claim).
/// </summary>
public sealed class ChannelIdentity : IDisposable
{
    public const string DefaultIssuer = "https://api.botframework.com";
    public const string KeyId = "load-driver-key-1";

    private static readonly JsonWebTokenHandler s_handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly RSA _key = RSA.Create(2048);
    private readonly SigningCredentials _credentials;

    public ChannelIdentity(string issuer = DefaultIssuer, IReadOnlyList<string>? endorsements = null)
    {
        Issuer = issuer;
        Endorsements = endorsements ?? ["msteams"];
        _credentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
    }

    public string Issuer { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>A token valid for 30 minutes from now (less 1 minute of back-dating, as the connector does).</summary>
    public string CreateToken(string appId, string serviceUrl, TimeProvider? time = null)
    {
        DateTime now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = _credentials,
        };
        return s_handler.CreateToken(descriptor);
    }

    /// <summary>The OpenID configuration document, pointing at <paramref name="jwksUrl"/>.</summary>
    public string MetadataJson(Uri jwksUrl) => new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = new Uri(jwksUrl, "/authorize").AbsoluteUri,
        ["jwks_uri"] = jwksUrl.AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    public string KeysJson()
    {
        RSAParameters parameters = _key.ExportParameters(false);
        var endorsements = new JsonArray();
        foreach (string endorsement in Endorsements)
        {
            endorsements.Add(endorsement);
        }

        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
                ["endorsements"] = endorsements,
            }),
        }.ToJsonString();
    }

    public void Dispose() => _key.Dispose();
}
