namespace InterviewCoach.Coaching.Understanding;

/// <summary>Where the sentence model is in its life: loading (the coach reads exact words only), ready, or failed for good.</summary>
public enum SentenceModelState
{
    Loading,
    Ready,
    Failed,
}

/// <summary>
/// What the sentence model has cost so far: model runs, texts run, time spent in them, texts answered from the cache,
/// and when it became ready. One per model, so per process for <see cref="MiniLmSentenceEmbedder.Shared"/>; the host
/// reads it for <c>/api/stats</c> and metrics. Interlocked counters only: it stays on in production.
/// </summary>
public sealed class SentenceModelMeter
{
    private long _calls;
    private long _texts;
    private long _elapsedTicks;
    private long _cacheHits;
    private int _state;
    private long _readyAfterTicks = -1;

    /// <summary>Model runs (one per <see cref="ISentenceEmbedder.Embed"/> call that was not answered entirely from the cache).</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Texts run through the model.</summary>
    public long Texts => Interlocked.Read(ref _texts);

    /// <summary>Time spent in model runs (tokenising, the network, pooling), summed over every run.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    /// <summary>Texts answered from the cache of recent texts, without the model.</summary>
    public long CacheHits => Interlocked.Read(ref _cacheHits);

    public SentenceModelState State => (SentenceModelState)Volatile.Read(ref _state);

    /// <summary>From process start until the model and the coach's example texts were ready; null until then.</summary>
    public TimeSpan? ReadyAfter => Interlocked.Read(ref _readyAfterTicks) is >= 0 and long ticks ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>Records the first time the host had the model and its examples ready (later hosts in the process find it so).</summary>
    public void MarkReady(TimeSpan afterProcessStart)
    {
        Interlocked.CompareExchange(ref _readyAfterTicks, Math.Max(0, afterProcessStart.Ticks), -1);
        Volatile.Write(ref _state, (int)SentenceModelState.Ready);
    }

    public void MarkFailed() => Volatile.Write(ref _state, (int)SentenceModelState.Failed);

    internal void RecordRun(int texts, TimeSpan elapsed)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _texts, texts);
        Interlocked.Add(ref _elapsedTicks, elapsed.Ticks);
    }

    internal void RecordCacheHits(int texts)
    {
        if (texts > 0)
        {
            Interlocked.Add(ref _cacheHits, texts);
        }
    }
}
