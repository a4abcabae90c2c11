using System.ComponentModel.DataAnnotations;

namespace InterviewCoach.Bot.Slack;

/// <summary>The Slack app's settings (section <c>Slack</c>).</summary>
/// <remarks>
/// The secrets have no defaults. A host without them still starts (a Teams-only deployment) but refuses every Slack
/// request with 401 (see <see cref="SlackSignatureVerifier"/>) and calls no Slack API; setting only one of the two is
/// a configuration mistake and stops start-up with a message naming the missing key.
/// </remarks>
internal sealed class SlackOptions : IValidatableObject
{
    public const string SectionName = "Slack";

    /// <summary>The app's Signing Secret (Basic Information page), used to verify every request Slack sends.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>The bot token (<c>xoxb-…</c>) sent as <c>Authorization: Bearer</c> on every Web API call.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Where the Web API lives; tests point it at a fake on loopback. Must end with '/'.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How far a request timestamp may be from our clock, either way, before the request is refused as a replay.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:05:00")]
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many turns run at once after their requests were acknowledged. One user's turns always run in order; posting
    /// the replies (paced per DM) does not hold a worker.
    /// </summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    /// <summary>How many acknowledged turns may wait for a worker; beyond that requests are refused with a "busy" answer.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>How many acknowledged items one user may have waiting; beyond that only that user is asked to wait for the replies.</summary>
    [Range(1, 1_000)]
    public int UserQueueCapacity { get; set; } = 10;

    /// <summary>How many times a failed Web API delivery is tried in all before the user is told.</summary>
    [Range(1, 10)]
    public int DeliveryAttempts { get; set; } = 4;

    /// <summary>The first delay between delivery attempts; it doubles each time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan DeliveryRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many times a Web API call answered 429 is retried after waiting <c>Retry-After</c>.</summary>
    [Range(0, 10)]
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>The longest <c>Retry-After</c> the client waits for inline; a longer one surfaces as a <see cref="SlackApiException"/> with <c>ratelimited</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages per second per channel (Slack allows about 1, with short bursts).</summary>
    [Range(0.1, 100)]
    public double MessagesPerSecondPerChannel { get; set; } = 1;

    /// <summary>How many messages to one channel may go out back to back before pacing starts.</summary>
    [Range(1, 50)]
    public int ChannelBurst { get; set; } = 4;

    /// <summary>How long a workspace's data is kept after it uninstalled the app or revoked its token, before it is erased.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan UninstalledDataRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the retention service looks for workspaces whose data is due for erasure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "7.00:00:00")]
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>True when both secrets are set, so the Slack channel is live.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) && !string.IsNullOrWhiteSpace(BotToken);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        bool hasSecret = !string.IsNullOrWhiteSpace(SigningSecret);
        bool hasToken = !string.IsNullOrWhiteSpace(BotToken);
        if (hasSecret != hasToken)
        {
            string missing = hasSecret ? nameof(BotToken) : nameof(SigningSecret);
            yield return new ValidationResult($"{SectionName}:{missing} must be set together with the other Slack secret.", [missing]);
        }

        if (!ApiBaseUrl.IsAbsoluteUri || !ApiBaseUrl.AbsolutePath.EndsWith('/'))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(ApiBaseUrl)} must be an absolute URL ending with '/'.", [nameof(ApiBaseUrl)]);
        }
    }
}
