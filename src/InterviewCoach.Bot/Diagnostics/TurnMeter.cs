using System.Diagnostics.Metrics;

namespace InterviewCoach.Bot.Diagnostics;

/// <summary>
/// Counts coaching turns handled and turns that failed (storage outage, conflict), across every channel, and records
/// each turn's duration. The counts are published as the <see cref="CoachTelemetry.Turns"/> counter (tag
/// <c>outcome</c>), which <c>/api/stats</c> reads too.
/// </summary>
internal sealed class TurnMeter
{
    private readonly Histogram<double>? _duration;
    private long _turns;
    private long _failures;

    /// <summary>Counts only, with no instruments (a conversation built outside a host).</summary>
    public TurnMeter()
    {
    }

    public TurnMeter(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter meter = meters.Create(CoachTelemetry.MeterOptions);
        meter.CreateObservableCounter(
            CoachTelemetry.Turns,
            () => new[]
            {
                new Measurement<long>(Turns - Failures, new KeyValuePair<string, object?>("outcome", "handled")),
                new Measurement<long>(Failures, new KeyValuePair<string, object?>("outcome", "failed")),
            },
            unit: "{turn}",
            description: "Coaching turns; outcome=failed when storage failed and the user was asked to resend.");
        _duration = meter.CreateHistogram<double>(
            CoachTelemetry.TurnDuration,
            unit: "s",
            description: "Time the coaching engine took for a turn, state read and write included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    public long Turns => Interlocked.Read(ref _turns);

    public long Failures => Interlocked.Read(ref _failures);

    public void Handled() => Interlocked.Increment(ref _turns);

    public void Failed()
    {
        Interlocked.Increment(ref _turns);
        Interlocked.Increment(ref _failures);
    }

    /// <summary>Records a turn's duration; <paramref name="channel"/> is a channel name (<c>msteams</c>, <c>slack</c>), never an id.</summary>
    public void Record(string channel, bool failed, TimeSpan elapsed)
    {
        if (_duration is { Enabled: true } duration)
        {
            duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("channel", KnownChannel(channel)), new KeyValuePair<string, object?>("outcome", failed ? "failed" : "handled"));
        }
    }

    /// <summary>A channel id from a request is the sender's word: only known names become a tag value, so the series stay few.</summary>
    internal static string KnownChannel(string channel) => channel switch
    {
        "msteams" or "slack" or "emulator" or "webchat" or "devchat" => channel,
        _ => "other",
    };
}
