using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The transport under every Slack Web API family (<see cref="IChatApi"/>, <see cref="IConversationsApi"/>…), a typed
/// <see cref="HttpClient"/>: <c>POST {ApiBaseUrl}{method}</c> with <c>Authorization: Bearer</c>, JSON or form body,
/// the <c>ok</c> envelope checked (<c>ok:false</c> → <see cref="SlackApiException"/>), and HTTP 429 answered by waiting
/// <c>Retry-After</c> and trying again, a bounded number of times.
/// See <see href="https://docs.slack.dev/apis/web-api/">Using the Slack Web API</see>.
/// </summary>
public sealed partial class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
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
        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
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
        using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
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
        for (int attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                TimeSpan retryAfter = RetryAfter(response);
                if (attempt >= settings.MaxRateLimitRetries || retryAfter > settings.MaxRetryAfter)
                {
                    Log.RateLimitedGivingUp(logger, method, retryAfter, attempt + 1);
                    throw new SlackApiException(method, "ratelimited", response.StatusCode, retryAfter);
                }

                Log.RateLimited(logger, method, retryAfter);
                await Task.Delay(retryAfter, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
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
            throw new SlackApiException(method, error, response.StatusCode, details: Details(root));
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        RetryConditionHeaderValue? header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        return header?.Date is { } date ? TimeSpan.FromTicks(Math.Max(0, (date - time.GetUtcNow()).Ticks)) : TimeSpan.FromSeconds(1);
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

        [LoggerMessage(3, LogLevel.Information, "Slack {Method} rate limited; retrying after {RetryAfter}")]
        public static partial void RateLimited(ILogger logger, string method, TimeSpan retryAfter);

        [LoggerMessage(4, LogLevel.Warning, "Slack {Method} still rate limited after {Attempts} attempt(s) (Retry-After {RetryAfter}); giving up")]
        public static partial void RateLimitedGivingUp(ILogger logger, string method, TimeSpan retryAfter, int attempts);
    }
}
