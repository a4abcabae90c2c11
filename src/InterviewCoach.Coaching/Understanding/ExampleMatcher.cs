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
    private readonly Lock _buildGate = new();
    private Examples? _vectors;

    public ExampleMatcher(ISentenceEmbedder? embedder, string[] kind, string[] contrast, float threshold)
    {
        _embedder = embedder;
        _kind = kind;
        _contrast = contrast;
        _threshold = threshold;
    }

    /// <summary>True or false by meaning; null when the model is not ready (callers then rely on their exact rules).</summary>
    public bool? Matches(string text)
    {
        if (_embedder is not { IsReady: true } || string.IsNullOrWhiteSpace(text) || Vectors() is not { } vectors)
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
        return kind >= _threshold && kind > contrast;
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

    /// <summary>The examples' vectors, embedded on first use; null (exact rules only) while another turn embeds them.</summary>
    private Examples? Vectors()
    {
        if (Volatile.Read(ref _vectors) is { } built)
        {
            return built;
        }

        if (!_buildGate.TryEnter())
        {
            return null;
        }

        try
        {
            _vectors ??= Embed();
            return _vectors;
        }
        finally
        {
            _buildGate.Exit();
        }
    }

    private Examples? Embed()
    {
        IReadOnlyList<float[]>? all = _embedder?.Embed([.. _kind, .. _contrast]);
        return all is null || all.Count != _kind.Length + _contrast.Length ? null : new Examples([.. all.Take(_kind.Length)], [.. all.Skip(_kind.Length)]);
    }

    private sealed record Examples(float[][] Kind, float[][] Contrast);
}
