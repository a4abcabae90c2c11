namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>A clock that reads <c>start</c> plus the real time elapsed since it was made; timers run in real time.</summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _origin = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_origin);
}
