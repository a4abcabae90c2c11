namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Judges by meaning whether a short answer is of one kind (e.g. a vague field) rather than another (a real field):
/// nearer to the kind's examples than to the contrast examples, and near enough. Examples are embedded once.
/// </summary>
internal sealed class ExampleMatcher
{
    private readonly ISentenceEmbedder? _embedder;
    private readonly string[] _kind;
    private readonly string[] _contrast;
    private readonly float _threshold;
    private readonly float _margin;
    private Examples? _vectors;

    /// <param name="embedder">The sentence model; null or not ready makes every answer null.</param>
    /// <param name="kind">Examples of the kind.</param>
    /// <param name="contrast">Examples of what is near the kind but not it.</param>
    /// <param name="threshold">How near the nearest example of the kind must be.</param>
    /// <param name="margin">How much nearer the kind's examples must be than the contrast's (0: merely nearer).</param>
    public ExampleMatcher(ISentenceEmbedder? embedder, string[] kind, string[] contrast, float threshold, float margin = 0f)
    {
        _embedder = embedder;
        _kind = kind;
        _contrast = contrast;
        _threshold = threshold;
        _margin = margin;
    }

    /// <summary>True or false by meaning; null when the model is not ready (callers then rely on their exact rules).</summary>
    public bool? Matches(string text)
    {
        // A greeting is neither kind; the caller's exact rules decide, as when the model is not ready.
        if (_embedder is not { IsReady: true } || string.IsNullOrWhiteSpace(text) || GreetingText.IsGreetingOnly(text) || Vectors() is not { } vectors)
        {
            return null;
        }

        float[]? vector = _embedder.EmbedOne(text.Length <= 300 ? text : text[..300]);
        if (vector is null)
        {
            return null;
        }

        float kind = Nearest(vector, vectors.Kind);
        float contrast = Nearest(vector, vectors.Contrast);
        return kind >= _threshold && kind > contrast + _margin;
    }

    private static float Nearest(float[] vector, float[][] examples)
    {
        float best = -1f;
        foreach (float[] example in examples)
        {
            best = Math.Max(best, SentenceVectors.Similarity(vector, example));
        }

        return best;
    }

    /// <summary>The examples' vectors (embedded once per model); null, so exact rules decide, while another turn embeds them.</summary>
    private Examples? Vectors(bool wait = false, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _vectors) is { } built)
        {
            return built;
        }

        if (_embedder is null
            || ExampleVectorCache.Get(_embedder, _kind, wait, cancellationToken) is not { } kind
            || ExampleVectorCache.Get(_embedder, _contrast, wait, cancellationToken) is not { } contrast)
        {
            return null;
        }

        Volatile.Write(ref _vectors, new Examples(kind, contrast));
        return _vectors;
    }

    /// <summary>Embeds the examples now (off the request path), unless <paramref name="cancellationToken"/> stops it first.</summary>
    public void Prepare(CancellationToken cancellationToken)
    {
        if (_embedder is { IsReady: true })
        {
            Vectors(wait: true, cancellationToken);
        }
    }

    private sealed record Examples(float[][] Kind, float[][] Contrast);
}
