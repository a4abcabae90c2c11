namespace InterviewCoach.Bot.Diagnostics;

/// <summary>Counts coaching turns handled and turns that failed (storage outage, conflict), across every channel.</summary>
public sealed class TurnMeter
{
    private long _turns;
    private long _failures;

    public long Turns => Interlocked.Read(ref _turns);

    public long Failures => Interlocked.Read(ref _failures);

    public void Handled() => Interlocked.Increment(ref _turns);

    public void Failed()
    {
        Interlocked.Increment(ref _turns);
        Interlocked.Increment(ref _failures);
    }
}
