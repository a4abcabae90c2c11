using System.Diagnostics;

namespace InterviewCoach.Load.Load;

/// <summary>
/// The time frame of one run: a warm-up whose turns are not counted, a measured window, an optional turn budget,
/// and a hard stop after which everything is cancelled. Simulated users record each turn here.
/// </summary>
public sealed class LoadWindow : IDisposable
{
    private readonly object _gate = new();
    private readonly List<double> _replyMs = [];
    private readonly List<double> _httpMs = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _hardStop = new();
    private readonly int? _maxTurns;
    private long _measureStart;
    private long _measureEnd;
    private int _turns;
    private int _timeouts;
    private int _httpErrors;
    private int _mismatches;
    private int _completedConversations;

    public LoadWindow(TimeSpan warmup, TimeSpan duration, int? maxTurns, TimeSpan turnTimeout)
    {
        Warmup = warmup;
        Duration = duration;
        _maxTurns = maxTurns;
        TurnTimeout = turnTimeout;
    }

    public TimeSpan Warmup { get; }

    public TimeSpan Duration { get; }

    public TimeSpan TurnTimeout { get; }

    /// <summary>Users stop starting turns once this fires (end of the window or turn budget spent).</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>Cancels whatever is still in flight.</summary>
    public CancellationToken HardStop => _hardStop.Token;

    public bool IsMeasuring { get; private set; }

    /// <summary>Runs the warm-up and the measured window; <paramref name="measureStarting"/> and <paramref name="measureEnded"/> run at the edges.</summary>
    public async Task<TimeSpan> RunAsync(Func<Task> measureStarting, Func<Task> measureEnded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measureStarting);
        ArgumentNullException.ThrowIfNull(measureEnded);
        _hardStop.CancelAfter(Warmup + Duration + TurnTimeout + TimeSpan.FromSeconds(10));
        using CancellationTokenRegistration link = cancellationToken.Register(() => _stop.Cancel());
        await Delay(Warmup).ConfigureAwait(false);
        await measureStarting().ConfigureAwait(false);
        lock (_gate)
        {
            _measureStart = Stopwatch.GetTimestamp();
            IsMeasuring = true;
        }

        await Delay(Duration).ConfigureAwait(false);
        lock (_gate)
        {
            if (IsMeasuring)
            {
                IsMeasuring = false;
                _measureEnd = Stopwatch.GetTimestamp();
            }
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await measureEnded().ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(_measureStart, _measureEnd);
    }

    /// <summary>Counts a turn that started at <paramref name="started"/> if it started and ended inside the measured window.</summary>
    public void Record(long started, TurnOutcome outcome, TimeSpan? reply, TimeSpan? http)
    {
        lock (_gate)
        {
            if (!IsMeasuring || started < _measureStart)
            {
                return;
            }

            _turns++;
            switch (outcome)
            {
                case TurnOutcome.Timeout:
                    _timeouts++;
                    break;
                case TurnOutcome.HttpError:
                    _httpErrors++;
                    break;
                case TurnOutcome.FlowMismatch:
                    _mismatches++;
                    break;
            }

            if (reply is { } r)
            {
                _replyMs.Add(r.TotalMilliseconds);
            }

            if (http is { } h)
            {
                _httpMs.Add(h.TotalMilliseconds);
            }

            if (_maxTurns is int max && _turns >= max)
            {
                IsMeasuring = false;
                _measureEnd = Stopwatch.GetTimestamp();
                _stop.Cancel();
            }
        }
    }

    public void ConversationCompleted()
    {
        lock (_gate)
        {
            if (IsMeasuring)
            {
                _completedConversations++;
            }
        }
    }

    public WindowCounts Snapshot()
    {
        lock (_gate)
        {
            return new WindowCounts(_turns, _timeouts, _httpErrors, _mismatches, _completedConversations, LatencySummary.From(_replyMs), LatencySummary.From(_httpMs));
        }
    }

    public void Dispose()
    {
        _stop.Dispose();
        _hardStop.Dispose();
    }

    private async Task Delay(TimeSpan span)
    {
        try
        {
            await Task.Delay(span, _stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The turn budget ran out or the run was cancelled: move on to the edge.
        }
    }
}

/// <summary>What the measured window counted.</summary>
public sealed record WindowCounts(int Turns, int Timeouts, int HttpErrors, int FlowMismatches, int CompletedConversations, LatencySummary Reply, LatencySummary Http)
{
    public int Errors => Timeouts + HttpErrors + FlowMismatches;
}
