namespace InterviewCoach.Bot.Reminders;

/// <summary>How a delivery went.</summary>
internal enum ReminderDeliveryStatus
{
    /// <summary>The channel accepted the message.</summary>
    Delivered,

    /// <summary>Throttled (HTTP 429) or briefly unavailable: try again after the given delay.</summary>
    RetryAfter,

    /// <summary>The conversation reference is gone (app removed, user left): pause the user's reminders until they are back.</summary>
    Inactive,

    /// <summary>Any other failure; retried with backoff, then recorded as failed.</summary>
    Failed,
}
