namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>How a proactive send ended.</summary>
public enum ProactiveSendStatus
{
    /// <summary>Every reply was accepted by the channel.</summary>
    Delivered,

    /// <summary>Throttled or a transient failure: send again later (see <see cref="ProactiveSendResult.RetryAfter"/>).</summary>
    RetryLater,

    /// <summary>The bot was removed, the user deactivated or the conversation is gone: pause until the user is back.</summary>
    Inactive,

    /// <summary>A permanent failure that retrying will not fix.</summary>
    Failed,
}
