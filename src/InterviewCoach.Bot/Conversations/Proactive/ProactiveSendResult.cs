namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>The outcome of a proactive send.</summary>
/// <param name="Status">Delivered, try again later, the user can no longer be reached, or failed for good.</param>
/// <param name="RetryAfter">How long the channel asked us to wait (rate limits), when <see cref="ProactiveSendStatus.RetryLater"/>.</param>
/// <param name="Error">The channel's error code, for logs; never message text.</param>
internal sealed record ProactiveSendResult(ProactiveSendStatus Status, TimeSpan? RetryAfter = null, string? Error = null);
