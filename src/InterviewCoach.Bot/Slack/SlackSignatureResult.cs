namespace InterviewCoach.Bot.Slack;

/// <summary>Why a request's signature was accepted or refused (logged; never the header values).</summary>
public enum SlackSignatureResult
{
    Valid,
    NoSecretConfigured,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    FutureTimestamp,
    MalformedSignature,
    Mismatch,
}
