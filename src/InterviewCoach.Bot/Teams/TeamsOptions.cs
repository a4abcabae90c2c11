using System.ComponentModel.DataAnnotations;

namespace InterviewCoach.Bot.Teams;

/// <summary>How the Teams adapter talks to the Bot Connector.</summary>
public sealed class TeamsOptions
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

    /// <summary>Largest accepted activity body.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;
}
