using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>
/// A fake Slack Web API on 127.0.0.1: records every call (method, headers, body) and answers with canned
/// <c>ok:true</c> responses, or with responses a test scripted per method. <c>/hooks/…</c> stands in for response URLs.
/// </summary>
public sealed class FakeSlackWebApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeSlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackResponse>> _scripted = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private int _ts;

    private FakeSlackWebApi(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public IReadOnlyList<FakeSlackCall> Calls => [.. _calls];

    /// <summary>File bytes posted to the upload URLs <c>files.getUploadURLExternal</c> handed out, by file id.</summary>
    public ConcurrentDictionary<string, byte[]> Uploads { get; } = new(StringComparer.Ordinal);

    public static async Task<FakeSlackWebApi> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var fake = new FakeSlackWebApi(app);
        app.MapPost("/api/{method}", (string method, HttpContext context) => fake.HandleAsync(method, context));
        app.MapPost("/hooks/{**rest}", (HttpContext context) => fake.HandleAsync("response_url", context));
        app.MapPost("/upload/{fileId}", async (string fileId, HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            fake.Uploads[fileId] = buffer.ToArray();
            return Results.Text("OK - " + buffer.Length.ToString(CultureInfo.InvariantCulture));
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Makes the next call of <paramref name="method"/> answer <paramref name="response"/> (queued in order).</summary>
    public void Script(string method, FakeSlackResponse response) =>
        _scripted.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackResponse>()).Enqueue(response);

    /// <summary>Every call except the start-up <c>auth.test</c>: what a request made the bot do.</summary>
    public IReadOnlyList<FakeSlackCall> Effects => [.. _calls.Where(c => c.Method != "auth.test")];

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> arrived.</summary>
    public async Task<IReadOnlyList<FakeSlackCall>> WaitForAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        DateTime deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            IReadOnlyList<FakeSlackCall> calls = CallsTo(method);
            if (calls.Count >= count)
            {
                return calls;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"Expected {count} call(s) to {method}; got {CallsTo(method).Count}. All calls: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(string method, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync();
        _calls.Enqueue(new FakeSlackCall(method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, body, DateTimeOffset.UtcNow));
        FakeSlackResponse response = _scripted.TryGetValue(method, out ConcurrentQueue<FakeSlackResponse>? queue) && queue.TryDequeue(out FakeSlackResponse? next)
            ? next
            : new FakeSlackResponse(200, Canned(method, body, context.Request.ContentType));
        if (response.Delay is { } delay)
        {
            await Task.Delay(delay);
        }

        context.Response.StatusCode = response.Status;
        if (response.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(response.Body);
    }

    private string Canned(string method, string body, string? contentType)
    {
        var call = new FakeSlackCall(method, null, contentType, body, DateTimeOffset.UtcNow);
        int ts = Interlocked.Increment(ref _ts);
        JsonObject answer = method switch
        {
            "auth.test" => new JsonObject { ["user_id"] = "UBOT", ["bot_id"] = "BBOT", ["team_id"] = "T1", ["team"] = "Test", ["url"] = "https://test.slack.com/" },
            "conversations.open" => new JsonObject { ["channel"] = new JsonObject { ["id"] = "D" + (call.Field("users") ?? "X") } },
            "users.info" => new JsonObject { ["user"] = new JsonObject { ["id"] = call.Field("user"), ["tz"] = "Europe/Paris", ["tz_label"] = "Central European Time", ["tz_offset"] = 3600 } },
            "chat.postMessage" or "chat.update" => new JsonObject { ["channel"] = call.Field("channel"), ["ts"] = "1700000000." + ts.ToString("D6", CultureInfo.InvariantCulture) },
            "chat.postEphemeral" => new JsonObject { ["message_ts"] = "1700000000." + ts.ToString("D6", CultureInfo.InvariantCulture) },
            "views.open" or "views.publish" => new JsonObject { ["view"] = new JsonObject { ["id"] = "V" + ts.ToString(CultureInfo.InvariantCulture) } },
            "files.getUploadURLExternal" => new JsonObject { ["file_id"] = "F" + ts.ToString(CultureInfo.InvariantCulture), ["upload_url"] = new Uri(BaseUrl, "upload/F" + ts.ToString(CultureInfo.InvariantCulture)).ToString() },
            "files.completeUploadExternal" => new JsonObject { ["files"] = new JsonArray(new JsonObject { ["id"] = call.Json.GetProperty("files")[0].GetProperty("id").GetString() }) },
            _ => [],
        };
        answer["ok"] = true;
        return answer.ToJsonString();
    }
}
