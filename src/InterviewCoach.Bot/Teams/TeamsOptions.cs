using System.ComponentModel.DataAnnotations;

namespace InterviewCoach.Bot.Teams;

/// <summary>How the Teams adapter talks to the Bot Connector.</summary>
internal sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>Retries of a Connector call answered 429, 412, 502 or 504 (or a network failure).</summary>
    [Range(0, 10)]
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; each retry doubles it, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single wait, also the cap on a Retry-After the Connector asks for.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ConnectorRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a Connector call may take, retries excluded.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an inbound request waits for its turn's replies to go out before answering 200 anyway; the outbox
    /// sends the rest. Teams redelivers (and shows "Unable to reach app") past about 15 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ReplyWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rounds of sending one reply (each with the Connector client's own retries) before it is kept for the user's next turn.</summary>
    [Range(1, 10)]
    public int OutboxAttempts { get; set; } = 3;

    /// <summary>Wait between outbox rounds when the Connector gave no Retry-After; grows with each round.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan OutboxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest reply text in one activity (UTF-8 bytes); longer replies go out in parts. Teams caps a message near 28 KB.</summary>
    [Range(1024, 100_000)]
    public int MaxReplyTextBytes { get; set; } = 24_000;

    /// <summary>How long a turn may run before the user sees a typing indicator.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest accepted activity body.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;
}
