using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Diagnostics;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The transport under every Slack Web API family (<see cref="IChatApi"/>, <see cref="IConversationsApi"/>…), a typed
/// <see cref="HttpClient"/>: <c>POST {ApiBaseUrl}{method}</c> with <c>Authorization: Bearer</c>, JSON or form body,
/// the <c>ok</c> envelope checked (<c>ok:false</c> → <see cref="SlackApiException"/>). HTTP 429 is answered by waiting
/// <c>Retry-After</c> and trying again a bounded number of times, and each call is timed, by the HttpClient's
/// resilience pipeline (<see cref="SlackResilience"/>); a call that timed out throws <see cref="TaskCanceledException"/>
/// as HttpClient's own timeout did.
/// See <see href="https://docs.slack.dev/apis/web-api/">Using the Slack Web API</see>.
/// </summary>
internal sealed partial class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
{
    private static readonly MediaTypeHeaderValue s_json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    // Slack reads JSON, not HTML: leaving apostrophes, emoji and accents unescaped keeps messages smaller against its limits.
    private static readonly JsonSerializerOptions s_relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Calls <paramref name="method"/> with a JSON body; returns the whole <c>ok:true</c> response.</summary>
    public Task<JsonElement> PostJsonAsync(string method, JsonObject body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(body);
        byte[] json = Encoding.UTF8.GetBytes(body.ToJsonString(s_relaxed));
        return SendAsync(method, () =>
        {
            var content = new ByteArrayContent(json);
            content.Headers.ContentType = s_json;
            return content;
        }, cancellationToken);
    }

    /// <summary>Calls <paramref name="method"/> with a form body (for methods that accept only form data, e.g. <c>users.info</c>).</summary>
    public Task<JsonElement> PostFormAsync(string method, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(fields);
        return SendAsync(method, () => new FormUrlEncodedContent(fields), cancellationToken);
    }

    /// <summary>
    /// Posts a message to a slash command's or interaction's <c>response_url</c> (valid 30 minutes, 5 uses). The URL
    /// must be Slack's own (https, a <c>slack.com</c> host) or on the configured API host, so a payload can never
    /// make us post elsewhere.
    /// </summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(message);
        if (!IsAllowedResponseUrl(responseUrl, options.Value.ApiBaseUrl))
        {
            throw new SlackApiException("response_url", "invalid_response_url");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = new StringContent(message.ToJsonString(s_relaxed), Encoding.UTF8, "application/json"),
        };
        using Activity? span = StartSpan("response_url", responseUrl);
        using HttpResponseMessage response = await SendHttpAsync(request, span, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("response_url", "http_" + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), response.StatusCode);
        }
    }

    /// <summary>
    /// Sends a file's bytes to the upload URL <c>files.getUploadURLExternal</c> gave (pre-signed: no token is sent).
    /// Like a response URL it must be Slack's own or on the configured API host.
    /// </summary>
    public async Task UploadBytesAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        ArgumentNullException.ThrowIfNull(content);
        if (!IsAllowedResponseUrl(uploadUrl, options.Value.ApiBaseUrl))
        {
            throw new SlackApiException("file_upload", "invalid_upload_url");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using Activity? span = StartSpan("file_upload", uploadUrl);
        using HttpResponseMessage response = await SendHttpAsync(request, span, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException("file_upload", "http_" + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), response.StatusCode);
        }
    }

    internal static bool IsAllowedResponseUrl(Uri url, Uri apiBaseUrl) =>
        url.IsAbsoluteUri
        && ((url.Scheme == Uri.UriSchemeHttps && (url.Host == "slack.com" || url.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase)))
            || (url.Scheme == apiBaseUrl.Scheme && string.Equals(url.Authority, apiBaseUrl.Authority, StringComparison.OrdinalIgnoreCase)));

    private async Task<JsonElement> SendAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        SlackOptions settings = options.Value;
        var uri = new Uri(settings.ApiBaseUrl, method);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
        using Activity? span = StartSpan(method, uri);
        using HttpResponseMessage response = await SendHttpAsync(request, span, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // The pipeline's retries are spent, or Slack asked for a longer wait than is worth holding the call for.
            TimeSpan retryAfter = SlackResilience.RetryAfter(response, time);
            Log.RateLimitedGivingUp(logger, method, retryAfter);
            span?.SetStatus(ActivityStatusCode.Error, "ratelimited");
            throw new SlackApiException(method, "ratelimited", response.StatusCode, retryAfter);
        }

        if (!response.IsSuccessStatusCode)
        {
            span?.SetStatus(ActivityStatusCode.Error);
            throw new SlackApiException(method, "http_" + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), response.StatusCode);
        }

        using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using JsonDocument document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        JsonElement root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out JsonElement ok) && ok.ValueKind == JsonValueKind.True)
        {
            Log.Called(logger, method);
            return root.Clone();
        }

        string error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out JsonElement code) && code.ValueKind == JsonValueKind.String
            ? code.GetString()!
            : "invalid_response";
        Log.CallFailed(logger, method, error);
        // Slack's error codes are fixed names (channel_not_found), never user data.
        span?.SetStatus(ActivityStatusCode.Error, error);
        throw new SlackApiException(method, error, response.StatusCode, details: Details(root));
    }

    /// <summary>A client span for one Web API call: the method name and host only (response and upload URLs carry ids).</summary>
    private static Activity? StartSpan(string method, Uri uri)
    {
        if (!CoachTelemetry.Source.HasListeners())
        {
            return null;
        }

        Activity? span = CoachTelemetry.Source.StartActivity("slack " + method, ActivityKind.Client);
        span?.SetTag("http.request.method", "POST");
        span?.SetTag("server.address", uri.Host);
        return span;
    }

    private async Task<HttpResponseMessage> SendHttpAsync(HttpRequestMessage request, Activity? span, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            span?.SetStatus(ActivityStatusCode.Error, "timeout");
            // What HttpClient.Timeout threw, so callers keep telling a timeout from their own cancellation the same way.
            throw new TaskCanceledException($"The Slack call did not answer within {SlackResilience.AttemptTimeout.TotalSeconds:F0} s.", new TimeoutException(ex.Message, ex));
        }
        catch (HttpRequestException ex)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.HttpRequestError.ToString());
            throw;
        }

        span?.SetTag("http.response.status_code", (int)response.StatusCode);
        return response;
    }

    private static string[] Details(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("response_metadata", out JsonElement metadata)
            && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("messages", out JsonElement messages)
            && messages.ValueKind == JsonValueKind.Array)
        {
            return [.. messages.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)];
        }

        return [];
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Slack {Method} ok")]
        public static partial void Called(ILogger logger, string method);

        [LoggerMessage(2, LogLevel.Warning, "Slack {Method} failed: {Error}")]
        public static partial void CallFailed(ILogger logger, string method, string error);

        [LoggerMessage(4, LogLevel.Warning, "Slack {Method} still rate limited (Retry-After {RetryAfter}); giving up")]
        public static partial void RateLimitedGivingUp(ILogger logger, string method, TimeSpan retryAfter);
    }
}
