using System.Net;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// A Slack Web API call failed: <c>ok:false</c> with an error code (<c>channel_not_found</c>, <c>invalid_blocks</c>…),
/// a rate limit that outlasted the client's retries (<c>ratelimited</c>, with <see cref="RetryAfter"/>), or an HTTP
/// failure (<c>http_503</c>). See <see href="https://docs.slack.dev/apis/web-api/#responses">Web API responses</see>.
/// </summary>
internal sealed class SlackApiException : Exception
{
    public SlackApiException()
        : this(string.Empty, "unknown_error")
    {
    }

    public SlackApiException(string message)
        : this(string.Empty, message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = string.Empty;
        ErrorCode = "unknown_error";
    }

    public SlackApiException(string method, string errorCode, HttpStatusCode statusCode = HttpStatusCode.OK, TimeSpan? retryAfter = null, IReadOnlyList<string>? details = null)
        : base($"Slack {method} failed: {errorCode}")
    {
        Method = method;
        ErrorCode = errorCode;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        Details = details ?? [];
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code (<c>channel_not_found</c>), <c>ratelimited</c>, or <c>http_&lt;status&gt;</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The HTTP status of the last response (200 for <c>ok:false</c>).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>How long Slack asked us to wait, when rate limited.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary><c>response_metadata.messages</c>: detail Slack gives for e.g. <c>invalid_blocks</c>.</summary>
    public IReadOnlyList<string> Details { get; } = [];

    /// <summary>True when trying again later may succeed (rate limits, Slack-side and network errors).</summary>
    public bool IsTransient => ErrorCode is "ratelimited" or "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout"
        || (int)StatusCode >= 500;

    /// <summary>
    /// True when our token no longer works (app uninstalled, token revoked, bot deactivated): final for the whole
    /// workspace, never retried.
    /// </summary>
    public bool MeansTokenRevoked => ErrorCode is "invalid_auth" or "account_inactive" or "token_revoked" or "token_expired" or "not_authed";

    /// <summary>True when the error means the user can no longer be reached through this conversation.</summary>
    public bool MeansUnreachable => ErrorCode is "channel_not_found" or "user_not_found" or "is_archived"
        or "user_disabled" or "cannot_dm_bot" or "not_in_channel" or "user_not_visible";
}
