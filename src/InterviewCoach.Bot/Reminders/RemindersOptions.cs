using System.ComponentModel.DataAnnotations;

namespace InterviewCoach.Bot.Reminders;

/// <summary>The reminder dispatcher's settings (section <c>Reminders</c>); timings of the reminders themselves are under <c>Reminders:Policy</c>.</summary>
internal sealed class RemindersOptions
{
    public const string SectionName = "Reminders";

    /// <summary>How often each instance looks for due reminders. A poll that fills a batch polls again at once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claim keeps other instances off a reminder while it is delivered. It must outlast a delivery: a
    /// delivery is cancelled after half of it, so an instance that dies mid-send is retried after this much time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Due index entries read per shard per poll.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Users delivered to in parallel by one instance.</summary>
    [Range(1, 256)]
    public int MaxConcurrentUsers { get; set; } = 16;

    /// <summary>Delivery attempts before a reminder is recorded as failed.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry; doubles with each further attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest delay between retries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);
}
