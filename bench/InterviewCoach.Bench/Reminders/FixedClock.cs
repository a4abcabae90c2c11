namespace InterviewCoach.Bench.Reminders;

/// <summary>A clock stopped at one instant, so every dispatcher agrees what is due.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
