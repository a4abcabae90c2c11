namespace InterviewCoach.Bot.Conversations;

/// <summary>The outcome of a proactive send.</summary>
public enum ProactiveSendStatus
{
    /// <summary>Every reply was accepted by the channel.</summary>
    Delivered,

    /// <summary>The channel throttled or failed transiently; try again after the result's RetryAfter.</summary>
    RetryLater,

    /// <summary>The user removed or blocked the bot; the reference is now inactive and retrying is pointless.</summary>
    Inactive,

    /// <summary>A permanent failure (bad reference, refused request); do not retry.</summary>
    Failed,
}
