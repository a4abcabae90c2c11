namespace InterviewCoach.Bot.Reminders;

/// <summary>The result of one delivery attempt.</summary>
internal sealed record ReminderDeliveryOutcome
{
    private ReminderDeliveryOutcome(ReminderDeliveryStatus status, TimeSpan? retryAfter, string? reason)
    {
        Status = status;
        RetryAfter = retryAfter;
        Reason = reason;
    }

    public static ReminderDeliveryOutcome Delivered { get; } = new(ReminderDeliveryStatus.Delivered, null, null);

    public static ReminderDeliveryOutcome Inactive { get; } = new(ReminderDeliveryStatus.Inactive, null, null);

    public ReminderDeliveryStatus Status { get; }

    /// <summary>The channel's <c>Retry-After</c>, for <see cref="ReminderDeliveryStatus.RetryAfter"/>.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>A short reason without message text or secrets (for example <c>HTTP 500</c>).</summary>
    public string? Reason { get; }

    public static ReminderDeliveryOutcome Throttled(TimeSpan retryAfter) => new(ReminderDeliveryStatus.RetryAfter, retryAfter, "throttled");

    public static ReminderDeliveryOutcome Failed(string reason) => new(ReminderDeliveryStatus.Failed, null, reason);
}
