using System.Collections.Concurrent;
using System.Diagnostics;
using InterviewCoach.Load.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewCoach.Load.Channels.Teams;

/// <summary>
/// The Bot Framework services a Teams bot talks to, on Kestrel at 127.0.0.1: the Connector REST API
/// (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c> answers 200 <c>{"id":…}</c> and records the activity
/// per conversation with its arrival time; other <c>/v3</c> calls answer 200 <c>{}</c>), and with an identity, the
/// OpenID metadata and JWKS for inbound tokens plus an Entra-style client-credentials token endpoint
/// (<c>POST /{tenant}/oauth2/v2.0/token</c>, on HTTPS because MSAL refuses plain-http authorities).
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    /// <summary>The access token the token endpoint issues; the connector counts calls that do not carry it.</summary>
    public const string AppToken = "load-driver-app-token";

    private static readonly byte[] s_empty = "{}"u8.ToArray();
    private readonly ConcurrentDictionary<string, ConversationLog> _conversations = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private readonly ChannelIdentity? _identity;
    private long _activities;
    private long _tokenRequests;
    private long _badBearer;
    private long _nextId;

    private FakeBotConnector(WebApplication app, ChannelIdentity? identity)
    {
        _app = app;
        _identity = identity;
    }

    /// <summary>The serviceUrl to put on inbound activities (ends with '/').</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public Uri MetadataUrl => new(ServiceUrl, "openid");

    /// <summary>The HTTPS authority for <c>ToChannelFromBotLoginUrl</c> (tenant <c>botframework.com</c>), when served.</summary>
    public Uri? LoginUrl { get; private set; }

    /// <summary>When true, every Connector call must carry <see cref="AppToken"/>; others are answered 401 and counted.</summary>
    public bool RequireAppToken { get; init; }

    public long ActivityCount => Interlocked.Read(ref _activities);

    public long TokenRequests => Interlocked.Read(ref _tokenRequests);

    public long RejectedCalls => Interlocked.Read(ref _badBearer);

    /// <remarks><c>identity</c>: Null: no metadata, keys or token endpoint (local mode). <c>certificate</c>: Serves the token endpoint over HTTPS on a second port.</remarks>
    public static async Task<FakeBotConnector> StartAsync(int port, ChannelIdentity? identity = null, LoopbackCertificate? certificate = null, int httpsPort = 0, bool requireAppToken = false)
    {
        WebApplication app = LoopbackServer.Create(port, certificate?.Certificate, httpsPort);
        var connector = new FakeBotConnector(app, identity) { RequireAppToken = requireAppToken };
        connector.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        IReadOnlyList<Uri> addresses = LoopbackServer.Addresses(app);
        connector.ServiceUrl = new Uri(addresses[0], "/");
        if (certificate is not null)
        {
            connector.LoginUrl = new Uri(new Uri(addresses[1], "/"), "botframework.com");
        }

        return connector;
    }

    /// <summary>The log of one conversation (created empty when nothing arrived yet).</summary>
    public ConversationLog Conversation(string conversationId) => _conversations.GetOrAdd(conversationId, _ => new ConversationLog());

    /// <summary>Drops a finished conversation's log so memory stays flat over long runs.</summary>
    public void Forget(string conversationId) => _conversations.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) => ReceiveAsync(conversationId, context));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, HttpContext context) => ReceiveAsync(conversationId, context));
        app.Map("/v3/{**rest}", (HttpContext context) => WriteJsonAsync(context, s_empty));
        if (_identity is not null)
        {
            app.MapGet("/openid", (HttpContext context) => Results.Text(_identity.MetadataJson(new Uri(ServiceUrl, "keys")), "application/json"));
            app.MapGet("/keys", () => Results.Text(_identity.KeysJson(), "application/json"));
            app.MapPost("/{tenant}/oauth2/v2.0/token", (HttpContext context) =>
            {
                Interlocked.Increment(ref _tokenRequests);
                return Results.Text($$"""{"token_type":"Bearer","expires_in":86399,"ext_expires_in":86399,"access_token":"{{AppToken}}"}""", "application/json");
            });
        }
    }

    private async Task ReceiveAsync(string conversationId, HttpContext context)
    {
        if (RequireAppToken && !string.Equals(context.Request.Headers.Authorization.ToString(), "Bearer " + AppToken, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _badBearer);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        byte[] body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
        long arrived = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _activities);
        Conversation(conversationId).Add(new ReceivedMessage(arrived, body));
        long id = Interlocked.Increment(ref _nextId);
        await WriteJsonAsync(context, System.Text.Encoding.UTF8.GetBytes($"{{\"id\":\"r{id}\"}}")).ConfigureAwait(false);
    }

    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream(request.ContentLength is long length and > 0 and < 1_000_000 ? (int)length : 4096);
        await request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static Task WriteJsonAsync(HttpContext context, byte[] body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
