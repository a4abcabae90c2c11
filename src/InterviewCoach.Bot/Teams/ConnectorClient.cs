using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewCoach.Bot.Teams.Schema;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// The Bot Connector REST API v3, relative to a conversation's serviceUrl (its path is kept: 2025+ Teams urls look
/// like <c>https://smba.trafficmanager.net/amer/&lt;tenant&gt;/</c>). Calls answered 429, 412, 502 or 504, and network
/// failures, are retried with exponential backoff and full jitter, bounded by <see cref="TeamsOptions"/>; a
/// Retry-After header is honoured up to the maximum delay. Anything else throws <see cref="ConnectorException"/>.
/// </summary>
/// <remarks>
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference and
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit. Callers pass only serviceUrls from an
/// authenticated activity or from a reference stored from one, so a forged body cannot aim the bot's token elsewhere.
/// </remarks>
public sealed partial class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    private readonly TeamsOptions _options = options.Value;

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    public Task<ResourceResponse?> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return SendAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"), activity, TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, cancellationToken);
    }

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>: a reply threaded under <paramref name="activityId"/>.</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        return SendAsync(HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}"), activity, TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, cancellationToken);
    }

    /// <summary><c>POST v3/conversations</c>: opens (or returns the existing) 1:1 chat with a user.</summary>
    public Task<ConversationResourceResponse?> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, Url(serviceUrl, "v3/conversations"), parameters, TeamsJsonContext.Default.ConversationParameters, TeamsJsonContext.Default.ConversationResourceResponse, cancellationToken);

    private static Uri Url(Uri serviceUrl, string relative)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        string baseUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        return new Uri(new Uri(baseUrl), relative);
    }

    private async Task<TResponse?> SendAsync<TBody, TResponse>(HttpMethod method, Uri url, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : class
    {
        byte[] payload = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        for (int attempt = 0; ; attempt++)
        {
            ConnectorException failure;
            try
            {
                using var request = new HttpRequestMessage(method, url) { Content = new ByteArrayContent(payload) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                string? token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.ConnectorTimeout);
                using HttpResponseMessage response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return await ReadAsync(response, responseType, timeout.Token).ConfigureAwait(false);
                }

                failure = await ToExceptionAsync(response, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                failure = new ConnectorException("The Bot Connector could not be reached.", ex);
            }

            bool retryable = failure.Status is 0 or 429 or 412 or 502 or 504;
            if (!retryable || attempt >= _options.ConnectorMaxRetries)
            {
                Log.CallFailed(logger, method.Method, failure.Status, failure.ErrorCode, failure.CorrelationId, attempt + 1);
                throw failure;
            }

            TimeSpan delay = Backoff(attempt, failure.RetryAfter);
            Log.Retrying(logger, method.Method, failure.Status, delay, attempt + 1);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Retry-After when given (capped), otherwise full jitter over an exponentially growing ceiling.</summary>
    internal TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        TimeSpan max = _options.ConnectorRetryMaxDelay;
        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > max ? max : asked;
        }

        double ceiling = Math.Min(max.TotalMilliseconds, _options.ConnectorRetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            // The send succeeded; an unreadable acknowledgement is not worth failing it.
            return null;
        }
    }

    private async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out IEnumerable<string>? values) ? values.FirstOrDefault() : null;
        TimeSpan? retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };
        string? errorCode = null;
        try
        {
            byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length > 0 && bytes.Length < 64 * 1024)
            {
                using var document = JsonDocument.Parse(bytes);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("error", out JsonElement error)
                    && error.ValueKind == JsonValueKind.Object
                    && error.TryGetProperty("code", out JsonElement code)
                    && code.ValueKind == JsonValueKind.String)
                {
                    errorCode = code.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not an ErrorResponse: the status says enough.
        }

        return new ConnectorException((int)response.StatusCode, errorCode, correlationId, retryAfter);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Bot Connector {Method} answered {Status} ({ErrorCode}, correlation {CorrelationId}) after {Attempts} attempt(s)")]
        public static partial void CallFailed(ILogger logger, string method, int status, string? errorCode, string? correlationId, int attempts);

        [LoggerMessage(2, LogLevel.Information, "Bot Connector {Method} answered {Status}; retry in {Delay} (attempt {Attempt})")]
        public static partial void Retrying(ILogger logger, string method, int status, TimeSpan delay, int attempt);
    }
}
