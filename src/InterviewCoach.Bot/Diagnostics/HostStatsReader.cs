using System.Diagnostics.Metrics;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Bot.Diagnostics;

/// <summary>
/// Reads <c>/api/stats</c> from this host's meter (the same instruments an exporter reads), by collecting its
/// observable counters on demand: nothing is listened to between calls, so the hot path pays nothing for it.
/// </summary>
internal sealed class HostStatsReader : IDisposable
{
    private readonly Meter _meter;
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private Tally _tally = new();

    // The instruments are created by the meters' constructors: take them so they exist before the listener starts.
    public HostStatsReader(IMeterFactory meters, TurnMeter turns, TableRequestMeter tables)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _ = turns;
        _ = tables;
        _meter = meters.Create(CoachTelemetry.MeterOptions);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, _meter) && instrument.Name is CoachTelemetry.Turns or CoachTelemetry.TableRequests or CoachTelemetry.TableFailures)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _tally.Add(instrument.Name, value, tags));
        _listener.Start();
    }

    /// <summary>The counters now; the sentence model's fields are null when the host has no model.</summary>
    public HostStats Read(SentenceModelMeter? model = null)
    {
        lock (_gate)
        {
            _tally = new Tally();
            _listener.RecordObservableInstruments();
            Tally tally = _tally;
            return new HostStats(
                "table",
                tally.Turns,
                tally.TurnErrors,
                new StorageCounts(tally.Requests, tally.ConditionalWrites, tally.UnconditionalWrites, tally.Failures),
                tally.Operations,
                model?.State switch
                {
                    null => null,
                    SentenceModelState.Ready when model.ReadyAfter is null => "loading", // loaded; its examples are still being embedded
                    { } state => state.ToString().ToLowerInvariant(),
                },
                model?.ReadyAfter is { } readyAfter ? Math.Round(readyAfter.TotalMilliseconds) : null,
                model?.Calls,
                model?.Texts,
                model is null ? null : Math.Round(model.Elapsed.TotalMilliseconds, 1),
                model?.CacheHits,
                Math.Round(Environment.CpuUsage.TotalTime.TotalMilliseconds, 1),
                GC.GetTotalAllocatedBytes(precise: false));
        }
    }

    public void Dispose() => _listener.Dispose();

    private sealed class Tally
    {
        public long Turns;
        public long TurnErrors;
        public long Requests;
        public long ConditionalWrites;
        public long UnconditionalWrites;
        public long Failures;

        public Dictionary<string, long> Operations { get; } = new(StringComparer.Ordinal);

        public void Add(string instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            switch (instrument)
            {
                case CoachTelemetry.Turns:
                    Turns += value;
                    if (Tag(tags, "outcome") == "failed")
                    {
                        TurnErrors += value;
                    }

                    break;
                case CoachTelemetry.TableRequests:
                    Requests += value;
                    if (Tag(tags, "operation") is { } operation)
                    {
                        Operations[operation] = value;
                    }

                    switch (Tag(tags, "condition"))
                    {
                        case "conditional":
                            ConditionalWrites += value;
                            break;
                        case "unconditional":
                            UnconditionalWrites += value;
                            break;
                    }

                    break;
                case CoachTelemetry.TableFailures:
                    Failures += value;
                    break;
            }
        }

        private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
        {
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == name)
                {
                    return tag.Value as string;
                }
            }

            return null;
        }
    }
}
