using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>
/// The Bot Framework side of a test, on Kestrel at 127.0.0.1: OpenID metadata and signing keys (with endorsements),
/// a token minter with the matching RSA key, and a Connector that records every activity the bot posts and can be
/// told to answer the next calls with given statuses.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "test-key-1";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _nextStatuses = new();
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly SemaphoreSlim _callSignal = new(0);
    private int _attempts;

    private FakeChannel(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + "openid";

    /// <summary>Every request that reached the connector routes, including refused ones.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Accepted connector calls, in order.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public IReadOnlyList<string> Endorsements { get; set; } = ["msteams", "emulator"];

    /// <summary>Files PUT to <c>/upload/…</c> (a stand-in OneDrive upload session): path, Content-Range and bytes.</summary>
    public ConcurrentQueue<(string Path, string? ContentRange, byte[] Bytes)> Uploads { get; } = new();

    /// <summary>The status the upload route answers.</summary>
    public int UploadStatus { get; set; } = 201;

    /// <summary>How long every connector call takes before it is answered (a slow Connector).</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<FakeChannel> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var channel = new FakeChannel(app);
        channel.Map(app);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        channel.BaseUrl = address.TrimEnd('/') + "/";
        return channel;
    }

    /// <summary>The next connector calls answer these statuses (then 200 again).</summary>
    public void RespondNext(int status, string? retryAfter = null) => _nextStatuses.Enqueue((status, retryAfter));

    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        DateTime deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (_calls.Count < count && DateTime.UtcNow < deadline)
        {
            await _callSignal.WaitAsync(TimeSpan.FromMilliseconds(100));
        }

        return Calls;
    }

    public string CreateToken(string audience, string serviceUrl, Action<SecurityTokenDescriptor>? change = null, RSA? signWith = null, string? keyId = null)
    {
        DateTime now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signWith ?? _key) { KeyId = keyId ?? KeyId }, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string CreateUnsignedToken(string audience, string serviceUrl)
    {
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        string payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["nbf"] = now - 60,
            ["exp"] = now + 1800,
            ["serviceurl"] = serviceUrl,
        }));
        return header + "." + payload + ".";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
        _callSignal.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/openid", () => Results.Text(
            new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = BaseUrl + "authorize",
                ["jwks_uri"] = BaseUrl + "keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString(),
            "application/json"));
        app.MapGet("/keys", () =>
        {
            RSAParameters parameters = _key.ExportParameters(false);
            var endorsements = new JsonArray();
            foreach (string endorsement in Endorsements)
            {
                endorsements.Add(endorsement);
            }

            var keys = new JsonObject
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
            };
            return Results.Text(keys.ToJsonString(), "application/json");
        });
        app.MapPut("/upload/{**path}", async (HttpContext context, string path) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            Uploads.Enqueue((path, context.Request.Headers.ContentRange.ToString(), buffer.ToArray()));
            return Results.Text("{\"id\":\"file-1\"}", "application/json", Encoding.UTF8, UploadStatus);
        });
        app.MapPost("/{**path}", HandleConnectorAsync);
    }

    private async Task<IResult> HandleConnectorAsync(HttpContext context, string path)
    {
        Interlocked.Increment(ref _attempts);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (_nextStatuses.TryDequeue(out (int Status, string? RetryAfter) next))
        {
            if (next.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = next.RetryAfter;
            }

            context.Response.Headers["X-Correlating-OperationId"] = "op-" + Attempts;
            return Results.Text("{\"error\":{\"code\":\"Fake" + next.Status + "\",\"message\":\"fake\"}}", "application/json", Encoding.UTF8, next.Status);
        }

        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync();
        // The raw target, as sent: PathString would decode the %3A / %40 / %3B of escaped conversation ids.
        string rawPath = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var call = new ConnectorCall(rawPath, context.Request.Headers.Authorization.ToString(), JsonNode.Parse(body)!.AsObject());
        _calls.Enqueue(call);
        _callSignal.Release();
        return rawPath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? Results.Json(new { id = "a:created-conversation", activityId = "1" }, statusCode: (int)HttpStatusCode.Created)
            : Results.Json(new { id = "reply-" + _calls.Count });
    }
}
