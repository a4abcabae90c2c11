using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Web;
using InterviewCoach.Load.Channels.Teams;
using InterviewCoach.Load.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewCoach.Load.Channels.Slack;

/// <summary>
/// The Slack Web API the bot calls, on Kestrel at 127.0.0.1 (<c>/api/{method}</c>, <c>ok:true</c> answers shaped as
/// Slack's), recording every <c>chat.postMessage</c> per channel with its arrival time, plus <c>/hooks/…</c> as the
/// commands' response URLs.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConversationLog> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _methodCalls = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private long _ts;

    private FakeSlackApi(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary><c>Slack__ApiBaseUrl</c> (ends with '/').</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    /// <summary>Calls per Web API method (and <c>response_url</c>) so far.</summary>
    public IReadOnlyDictionary<string, long> MethodCalls => _methodCalls;

    public static async Task<FakeSlackApi> StartAsync(int port)
    {
        WebApplication app = LoopbackServer.Create(port);
        var fake = new FakeSlackApi(app);
        app.MapPost("/api/{method}", (string method, HttpContext context) => fake.HandleAsync(method, context));
        app.MapPost("/hooks/{**rest}", (HttpContext context) => fake.HandleAsync("response_url", context));
        await app.StartAsync().ConfigureAwait(false);
        fake.BaseUrl = new Uri(LoopbackServer.Addresses(app)[0], "/");
        return fake;
    }

    public ConversationLog Channel(string channelId) => _channels.GetOrAdd(channelId, _ => new ConversationLog());

    public void Forget(string channelId) => _channels.TryRemove(channelId, out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(string method, HttpContext context)
    {
        byte[] body = await FakeBotConnector.ReadBodyAsync(context.Request).ConfigureAwait(false);
        long arrived = Stopwatch.GetTimestamp();
        _methodCalls.AddOrUpdate(method, 1, (_, n) => n + 1);
        string? channel = Field(body, context.Request.ContentType, "channel");
        if (method == "chat.postMessage" && channel is not null)
        {
            Channel(channel).Add(new ReceivedMessage(arrived, body));
        }

        string ts = "1700000000." + Interlocked.Increment(ref _ts).ToString("D6", CultureInfo.InvariantCulture);
        string answer = method switch
        {
            "auth.test" => """{"ok":true,"user_id":"UBOTLOAD","bot_id":"BBOTLOAD","team_id":"T0LOAD","team":"Load","url":"https://load.slack.com/"}""",
            "conversations.open" => "{\"ok\":true,\"channel\":{\"id\":\"D" + Field(body, context.Request.ContentType, "users") + "\"}}",
            "users.info" => "{\"ok\":true,\"user\":{\"id\":\"" + Field(body, context.Request.ContentType, "user") + "\",\"tz\":\"Europe/London\",\"tz_label\":\"Greenwich Mean Time\",\"tz_offset\":0}}",
            "chat.postMessage" or "chat.update" => "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}",
            "chat.postEphemeral" => "{\"ok\":true,\"message_ts\":\"" + ts + "\"}",
            "views.open" or "views.publish" => "{\"ok\":true,\"view\":{\"id\":\"V" + ts + "\"}}",
            _ => """{"ok":true}""",
        };
        byte[] bytes = Encoding.UTF8.GetBytes(answer);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }

    /// <summary>A top-level string field of a JSON or form-encoded body.</summary>
    internal static string? Field(byte[] body, string? contentType, string name)
    {
        if (contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            return HttpUtility.ParseQueryString(Encoding.UTF8.GetString(body))[name];
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool wanted = reader.ValueTextEquals(name);
                reader.Read();
                if (wanted && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: no field.
        }

        return null;
    }
}
