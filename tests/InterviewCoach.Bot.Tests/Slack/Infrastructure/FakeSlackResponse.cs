namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>A scripted answer for the next call of one method.</summary>
public sealed record FakeSlackResponse(int Status, string Body, int? RetryAfterSeconds = null, TimeSpan? Delay = null);
