using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace InterviewCoach.Load.Channels.Slack;

/// <summary>Sends signed Slack requests to the bot: slash commands (form-encoded) and Events API callbacks (JSON).</summary>
public sealed class SlackClient
{
    public const string TeamId = "T0LOAD";

    private static readonly MediaTypeHeaderValue s_form = new("application/x-www-form-urlencoded");
    private static readonly MediaTypeHeaderValue s_json = new("application/json");
    private readonly HttpClient _http;
    private readonly Uri _commands;
    private readonly Uri _events;
    private readonly SlackSigner _signer;
    private long _eventNumber;

    public SlackClient(HttpClient http, Uri botBaseUrl, string signingSecret)
    {
        _http = http;
        _commands = new Uri(botBaseUrl, "api/slack/commands");
        _events = new Uri(botBaseUrl, "api/slack/events");
        _signer = new SlackSigner(signingSecret);
    }

    /// <summary>A <c>/coach</c> slash command; answers the status and the ack body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendCommandAsync(string userId, string text, Uri responseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        string body = string.Join('&',
            "token=load-verification-token",
            "team_id=" + TeamId,
            "team_domain=load",
            "channel_id=D" + userId,
            "channel_name=directmessage",
            "user_id=" + userId,
            "user_name=" + userId.ToLowerInvariant(),
            "command=%2Fcoach",
            "text=" + Uri.EscapeDataString(text),
            "api_app_id=A0LOAD",
            "is_enterprise_install=false",
            "response_url=" + Uri.EscapeDataString(responseUrl.AbsoluteUri),
            "trigger_id=" + Interlocked.Increment(ref _eventNumber).ToString(CultureInfo.InvariantCulture) + ".1.load");
        using HttpResponseMessage response = await PostAsync(_commands, Encoding.UTF8.GetBytes(body), s_form, cancellationToken).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A <c>message.im</c> event callback from <paramref name="userId"/> in DM <paramref name="channelId"/>.</summary>
    public async Task<HttpStatusCode> SendDirectMessageAsync(string userId, string channelId, string text, CancellationToken cancellationToken)
    {
        long number = Interlocked.Increment(ref _eventNumber);
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string ts = string.Create(CultureInfo.InvariantCulture, $"{now}.{number % 1_000_000:D6}");
        using var buffer = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("token", "load-verification-token");
            json.WriteString("team_id", TeamId);
            json.WriteString("api_app_id", "A0LOAD");
            json.WriteStartObject("event");
            json.WriteString("type", "message");
            json.WriteString("channel", channelId);
            json.WriteString("user", userId);
            json.WriteString("text", text);
            json.WriteString("ts", ts);
            json.WriteString("event_ts", ts);
            json.WriteString("channel_type", "im");
            json.WriteEndObject();
            json.WriteString("type", "event_callback");
            json.WriteStartArray("authed_teams");
            json.WriteStringValue(TeamId);
            json.WriteEndArray();
            json.WriteString("event_id", string.Create(CultureInfo.InvariantCulture, $"Ev0LOAD{number}"));
            json.WriteNumber("event_time", now);
            json.WriteEndObject();
        }

        using HttpResponseMessage response = await PostAsync(_events, buffer.ToArray(), s_json, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> PostAsync(Uri url, byte[] body, MediaTypeHeaderValue type, CancellationToken cancellationToken)
    {
        long timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = type;
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", _signer.Sign(timestamp, body));
        return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
