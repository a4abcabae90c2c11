namespace InterviewCoach.Load.Hosting;

/// <summary>Samples a process's <c>VmRSS</c> on a timer while a run lasts; keeps the largest sample and the last.</summary>
public sealed class RssSampler : IAsyncDisposable
{
    private readonly Func<int?> _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _maxSample;
    private long _lastSample;

    /// <remarks><c>pid</c>: Read at every sample, so a restarted host is followed.</remarks>
    public RssSampler(Func<int?> pid, TimeSpan interval)
    {
        _pid = pid;
        _loop = LoopAsync(interval);
    }

    public long MaxSampleBytes => Interlocked.Read(ref _maxSample);

    public long LastSampleBytes => Interlocked.Read(ref _lastSample);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            if (_pid() is int pid && ProcessMemory.ResidentBytes(pid) is long rss)
            {
                Interlocked.Exchange(ref _lastSample, rss);
                if (rss > Interlocked.Read(ref _maxSample))
                {
                    Interlocked.Exchange(ref _maxSample, rss);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
    }
}
