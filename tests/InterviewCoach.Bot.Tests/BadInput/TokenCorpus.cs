using System.Security.Cryptography;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Teams;
using Microsoft.IdentityModel.Tokens;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// Bearer tokens the Bot Framework would never send, on otherwise valid activities aimed at the test channel:
/// forged, expired, not yet valid, for another bot, from another issuer, unsigned, signed with an unknown key,
/// and valid tokens replayed against a different serviceUrl or channel.
/// </summary>
public static class TokenCorpus
{
    public const string Category = "forged tokens";

    public static IReadOnlyList<CorpusCase> Build(FakeChannel channel)
    {
        using var stranger = RSA.Create(2048);
        var cases = new List<CorpusCase>();
        int serial = 0;
        foreach (string fixture in TeamsFixtures.Names)
        {
            JsonObject activity = TeamsFixtures.LoadFor(fixture, channel.BaseUrl);
            string serviceUrl = activity["serviceUrl"]!.GetValue<string>();
            string valid = channel.CreateToken(TeamsTestHost.AppId, serviceUrl);
            (string Name, string? Authorization, JsonObject? Body)[] variants =
            [
                ("no Authorization header", null, null),
                ("empty Bearer", "Bearer ", null),
                ("Basic scheme", "Basic " + Convert.ToBase64String("app:secret"u8.ToArray()), null),
                ("token without scheme", valid, null),
                ("garbage token", "Bearer not.a.jwt", null),
                ("two-part token", "Bearer " + string.Join('.', valid.Split('.').Take(2)), null),
                ("signature stripped", "Bearer " + string.Join('.', valid.Split('.').Take(2)) + ".", null),
                ("payload tampered", "Bearer " + Tamper(valid), null),
                ("unsigned (alg none)", "Bearer " + FakeChannel.CreateUnsignedToken(TeamsTestHost.AppId, serviceUrl), null),
                ("forged: another key with the channel's kid", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, signWith: stranger), null),
                ("wrong key id", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, signWith: stranger, keyId: "unknown-key"), null),
                ("expired an hour ago", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => Lifetime(d, -120, -60)), null),
                ("expired beyond the skew", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => Lifetime(d, -60, -6)), null),
                ("not valid for another hour", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => Lifetime(d, 60, 120)), null),
                ("no expiry", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => d.Expires = null), null),
                ("another bot's audience", "Bearer " + channel.CreateToken("11111111-2222-4333-8444-555555555555", serviceUrl), null),
                ("no audience", "Bearer " + channel.CreateToken(string.Empty, serviceUrl, d => d.Audience = null), null),
                ("wrong issuer", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => d.Issuer = "https://evil.example.com"), null),
                ("issuer with a trailing slash", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => d.Issuer = FakeChannel.Issuer + "/"), null),
                ("Entra issuer of a foreign tenant", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => d.Issuer = "https://sts.windows.net/00000000-0000-0000-0000-000000000001/"), null),
                ("HS256 with the public modulus as secret", "Bearer " + Hs256(TeamsTestHost.AppId, serviceUrl), null),
                ("replayed for another serviceUrl", "Bearer " + valid, Retarget(activity, channel.BaseUrl + "elsewhere/")),
                ("replayed with the serviceurl claim missing", "Bearer " + channel.CreateToken(TeamsTestHost.AppId, serviceUrl, d => d.Claims = new Dictionary<string, object>()), null),
                ("replayed for a channel the key is not endorsed for", "Bearer " + valid, Rechannel(activity, "slack")),
            ];
            foreach ((string name, string? authorization, JsonObject? body) in variants)
            {
                JsonObject sent = TeamsCorpus.Fresh(body ?? activity, "tok-" + (++serial).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var headers = new Dictionary<string, string>();
                if (authorization is not null)
                {
                    headers["Authorization"] = authorization;
                }

                cases.Add(CorpusCase.Post(TeamsCorpus.Endpoint, Category, $"{fixture}: {name}", TeamsCorpus.Path, sent.ToJsonString(), "application/json", CaseExpectation.Unauthorized) with { Headers = headers });
            }
        }

        return cases;
    }

    private static void Lifetime(SecurityTokenDescriptor descriptor, int notBeforeMinutes, int expiresMinutes)
    {
        DateTime now = DateTime.UtcNow;
        descriptor.IssuedAt = now.AddMinutes(Math.Min(notBeforeMinutes, 0) - 1);
        descriptor.NotBefore = now.AddMinutes(notBeforeMinutes);
        descriptor.Expires = now.AddMinutes(expiresMinutes);
    }

    private static string Tamper(string token)
    {
        string[] parts = token.Split('.');
        JsonObject payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["aud"] = "tampered";
        return parts[0] + "." + Base64UrlEncoder.Encode(payload.ToJsonString()) + "." + parts[2];
    }

    private static string Hs256(string audience, string serviceUrl)
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string header = Base64UrlEncoder.Encode("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + FakeChannel.KeyId + "\"}");
        string payload = Base64UrlEncoder.Encode(new JsonObject { ["iss"] = FakeChannel.Issuer, ["aud"] = audience, ["nbf"] = now - 60, ["exp"] = now + 1800, ["serviceurl"] = serviceUrl }.ToJsonString());
        byte[] mac = HMACSHA256.HashData("public-key-used-as-a-secret"u8, System.Text.Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Base64UrlEncoder.Encode(mac);
    }

    private static JsonObject Retarget(JsonObject activity, string serviceUrl)
    {
        JsonObject copy = activity.DeepClone().AsObject();
        copy["serviceUrl"] = serviceUrl;
        return copy;
    }

    private static JsonObject Rechannel(JsonObject activity, string channelId)
    {
        JsonObject copy = activity.DeepClone().AsObject();
        copy["channelId"] = channelId;
        return copy;
    }
}
