namespace InterviewCoach.Dialogs.Testing;

/// <summary>A clock tests set and advance by hand. Thread-safe; timers are not supported (the engine uses none).</summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _utcNow;
    private TimeZoneInfo _localTimeZone = TimeZoneInfo.Utc;

    /// <summary>Starts at <paramref name="start"/> (default: 2026-01-05 09:00 UTC, a Monday).</summary>
    public FakeTimeProvider(DateTimeOffset? start = null)
    {
        _utcNow = (start ?? new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)).ToUniversalTime();
    }

    public override TimeZoneInfo LocalTimeZone
    {
        get
        {
            lock (_lock)
            {
                return _localTimeZone;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _utcNow;
        }
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_lock)
        {
            _utcNow = value.ToUniversalTime();
        }
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is negative: time does not go back.</exception>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        lock (_lock)
        {
            _utcNow += delta;
        }
    }

    public void SetLocalTimeZone(TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        lock (_lock)
        {
            _localTimeZone = timeZone;
        }
    }
}
