namespace InterviewCoach.Bot.Teams;

/// <summary>A Bot Connector call failed with a non-success status (after any retries).</summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int status, string? errorCode, string? correlationId, TimeSpan? retryAfter)
        : base($"Bot Connector answered {status}{(errorCode is null ? string.Empty : " (" + errorCode + ")")}.")
    {
        Status = status;
        ErrorCode = errorCode;
        CorrelationId = correlationId;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status; 0 when the service could not be reached.</summary>
    public int Status { get; }

    /// <summary>The <c>error.code</c> of the ErrorResponse body, when there was one (e.g. <c>ConversationBlockedByUser</c>).</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> header, for support requests.</summary>
    public string? CorrelationId { get; }

    /// <summary>The service's Retry-After, if it sent one.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// True when the call failed without an answer in a way that does not prove it was not received (a timeout, a
    /// connection lost mid-call): sending the activity again could show the user the same message twice.
    /// </summary>
    public bool MayHaveLanded { get; init; }

    /// <summary>True for the statuses the Teams docs say to retry with backoff.</summary>
    public bool IsTransient => Status is 0 or 429 or 412 or 502 or 504 or 503 or 500;
}
