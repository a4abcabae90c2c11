using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Http;
using InterviewCoach.Bot.Teams.Schema;
using Polly.Timeout;
using Activity = InterviewCoach.Bot.Teams.Schema.Activity;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// The Bot Connector REST API v3, relative to a conversation's serviceUrl (its path is kept: 2025+ Teams urls look
/// like <c>https://smba.trafficmanager.net/amer/&lt;tenant&gt;/</c>). Retries, backoff and the per-call timeout are the
/// HttpClient's resilience pipeline (<see cref="ConnectorResilience"/>); a call that still fails throws
/// <see cref="ConnectorException"/>.
/// </summary>
/// <remarks>
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference and
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit. Callers pass only serviceUrls from an
/// authenticated activity or from a reference stored from one, so a forged body cannot aim the bot's token elsewhere.
/// </remarks>
internal sealed partial class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    public Task<ResourceResponse?> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return SendAsync("connector send", Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"), activity, TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, cancellationToken);
    }

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>: a reply threaded under <paramref name="activityId"/>.</summary>
    public Task<ResourceResponse?> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        return SendAsync("connector reply", Url(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}"), activity, TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, cancellationToken);
    }

    /// <summary><c>POST v3/conversations</c>: opens (or returns the existing) 1:1 chat with a user.</summary>
    public Task<ConversationResourceResponse?> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync("connector create conversation", Url(serviceUrl, "v3/conversations"), parameters, TeamsJsonContext.Default.ConversationParameters, TeamsJsonContext.Default.ConversationResourceResponse, cancellationToken);

    private static Uri Url(Uri serviceUrl, string relative)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        // One parse of the joined text: the relative part is made of escaped segments, so resolving it against a parsed
        // base (a second parse) gives the same URL.
        string baseUrl = serviceUrl.AbsoluteUri;
        return new Uri(baseUrl.EndsWith('/') ? baseUrl + relative : baseUrl + "/" + relative);
    }

    /// <summary>One POST through the resilience pipeline; <paramref name="operation"/> names its span (no ids: the URL has them).</summary>
    private async Task<TResponse?> SendAsync<TBody, TResponse>(string operation, Uri url, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : class
    {
        using System.Diagnostics.Activity? span = CoachTelemetry.Source.StartActivity(operation, ActivityKind.Client);
        span?.SetTag("http.request.method", "POST");
        span?.SetTag("server.address", url.Host);
        ConnectorException failure;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, bodyType)) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            string? token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using HttpResponseMessage response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            span?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                return await ReadAsync(response, responseType, cancellationToken).ConfigureAwait(false);
            }

            failure = await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            failure = new ConnectorException("The Bot Connector could not be reached.", ex) { MayHaveLanded = OutboundFailures.MayHaveLanded(ex) };
        }

        span?.SetStatus(ActivityStatusCode.Error, failure.Status == 0 ? "unreachable" : failure.ErrorCode);
        Log.CallFailed(logger, operation, failure.Status, failure.ErrorCode, failure.CorrelationId, failure.MayHaveLanded);
        throw failure;
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
        TimeSpan? retryAfter = OutboundFailures.RetryAfter(response, time);
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
        [LoggerMessage(1, LogLevel.Warning, "Bot Connector {Operation} answered {Status} ({ErrorCode}, correlation {CorrelationId}) after its retries; may have been delivered: {MayHaveLanded}")]
        public static partial void CallFailed(ILogger logger, string operation, int status, string? errorCode, string? correlationId, bool mayHaveLanded);
    }
}
