using Azure.Data.Tables;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>
/// The real bot host over real Azurite, with Slack pointed at a <see cref="FakeSlackWebApi"/>, the small test coach,
/// and (optionally) a clock shifted to a fixture's timestamp. Sends signed requests like Slack does.
/// </summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789abcdef";
    private static int s_counter;

    private SlackTestHost(FakeSlackWebApi slack, BotFactory factory, HttpClient client, string secret, TimeProvider clock)
    {
        Slack = slack;
        Factory = factory;
        Client = client;
        SigningSecret = secret;
        Clock = clock;
    }

    public FakeSlackWebApi Slack { get; }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public string SigningSecret { get; }

    public TimeProvider Clock { get; }

    public IServiceProvider Services => Factory.Services;

    public static async Task<SlackTestHost> StartAsync(
        AzuriteProcess azurite,
        string? secret = Secret,
        DateTimeOffset? now = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        DialogSet? dialogs = null,
        bool realCoach = false)
    {
        FakeSlackWebApi slack = await FakeSlackWebApi.StartAsync();
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:TablePrefix"] = "slack" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture),
            ["Slack:SigningSecret"] = secret ?? string.Empty,
            ["Slack:BotToken"] = secret is null ? string.Empty : "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:DeliveryRetryDelay"] = "00:00:00.050",
        };
        foreach (KeyValuePair<string, string?> pair in settings ?? new Dictionary<string, string?>())
        {
            all[pair.Key] = pair.Value;
        }

        TimeProvider clock = now is { } start ? new ShiftedTimeProvider(start) : TimeProvider.System;
        DialogSet set = dialogs ?? SlackTestDialogs.Create();
        BotFactory factory = BotFactory.WithStorage(azurite, all, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
            if (!realCoach)
            {
                services.RemoveAll<DialogSet>();
                services.AddSingleton(set);
            }
        });
        HttpClient client = factory.CreateClient();
        var host = new SlackTestHost(slack, factory, client, secret ?? string.Empty, clock);
        await host.WaitForTablesAsync();
        return host;
    }

    /// <summary>Posts <paramref name="body"/> signed with the host's secret at the host's current time (or the given timestamp).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, byte[] body, string contentType, string? timestamp = null, string? secret = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        string ts = timestamp ?? Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string signature = SlackSignatureVerifier.Sign(secret ?? SigningSecret, ts, body);
        return PostAsync(path, body, contentType, ts, signature, headers);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, byte[] body, string contentType, string? timestamp, string? signature, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation(SlackSignatureVerifier.TimestampHeader, timestamp);
        }

        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(SlackSignatureVerifier.SignatureHeader, signature);
        }

        foreach (KeyValuePair<string, string> header in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return await Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, IReadOnlyDictionary<string, string>? headers = null) =>
        PostSignedAsync("/api/slack/events", Encoding.UTF8.GetBytes(json), "application/json", headers: headers);

    public Task<HttpResponseMessage> PostInteractionAsync(string payloadJson) =>
        PostSignedAsync("/api/slack/interactions", SlackFixtures.AsInteractionForm(payloadJson), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostCommandAsync(string team, string user, string text, string? responseUrl = null)
    {
        string body = $"team_id={team}&user_id={user}&channel_id=C1&command=%2Fcoach&text={Uri.EscapeDataString(text)}&trigger_id=1.2.3"
            + (responseUrl is null ? string.Empty : "&response_url=" + Uri.EscapeDataString(responseUrl));
        return PostSignedAsync("/api/slack/commands", Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded");
    }

    /// <summary>A DM from a user, as the Events API delivers it.</summary>
    public static string DirectMessage(string team, string user, string text, string eventId) =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = team,
            ["event_id"] = eventId,
            ["event_time"] = 1_700_000_000,
            ["event"] = new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = "message",
                ["channel"] = "D" + user,
                ["channel_type"] = "im",
                ["user"] = user,
                ["text"] = text,
                ["ts"] = "1700000000.000100",
            },
        }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
    }

    private async Task WaitForTablesAsync()
    {
        CoachTables tables = Services.GetRequiredService<CoachTables>();
        foreach (TableClient table in tables.All)
        {
            await table.CreateIfNotExistsAsync();
        }
    }
}
