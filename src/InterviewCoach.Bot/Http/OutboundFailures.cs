using System.Net.Http.Headers;
using Polly.Timeout;

namespace InterviewCoach.Bot.Http;

/// <summary>
/// What the resilience pipelines of the outbound clients (Bot Connector, Slack Web API, token endpoint) agree on: which
/// failures may have reached the service, and how long a service asked us to wait.
/// </summary>
internal static class OutboundFailures
{
    /// <summary>
    /// True when the request may have been received and acted on before it failed: a timeout, or a connection lost
    /// after the request was written. Only a failure to connect at all (refused, unknown host, TLS refused) proves it
    /// was not sent, so only those are safe to repeat for a method that is not idempotent.
    /// </summary>
    public static bool MayHaveLanded(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } => false,
        _ => true,
    };

    /// <summary>Methods whose repetition has the same effect as one call (RFC 9110 §9.2.2).</summary>
    public static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options;

    /// <summary>True when a failed attempt (an exception, not a response) may be tried again for this request.</summary>
    public static bool MayRetry(Exception exception, HttpRequestMessage? request) =>
        exception is HttpRequestException or TimeoutRejectedException
        && (IsIdempotent(request?.Method) || !MayHaveLanded(exception));

    /// <summary>The response's Retry-After as a wait from now (never negative), or null when it sent none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        RetryConditionHeaderValue? header = response?.Headers.RetryAfter;
        TimeSpan? wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    /// <summary>
    /// The wait before retry <paramref name="attempt"/> (0 for the first): the service's Retry-After capped at
    /// <paramref name="max"/>, otherwise a random wait between half and all of an exponentially growing ceiling
    /// (base × 2^attempt, capped at <paramref name="max"/>), so callers throttled together do not come back together.
    /// </summary>
    public static TimeSpan Backoff(int attempt, TimeSpan? retryAfter, TimeSpan baseDelay, TimeSpan max)
    {
        if (retryAfter is { } asked)
        {
            return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > max ? max : asked;
        }

        double ceiling = Math.Min(max.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }
}
