namespace InterviewCoach.Bot.Conversations;

/// <summary>What happened to a proactive send; <see cref="RetryAfter"/> is set for <see cref="ProactiveSendStatus.RetryLater"/>.</summary>
public sealed record ProactiveSendResult(ProactiveSendStatus Status, TimeSpan? RetryAfter = null, string? Error = null);
