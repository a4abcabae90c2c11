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
    private readonly Lazy<(float[][] Kind, float[][] Contrast)?> _vectors;

    public ExampleMatcher(ISentenceEmbedder? embedder, string[] kind, string[] contrast, float threshold)
    {
        _embedder = embedder;
        _kind = kind;
        _contrast = contrast;
        _threshold = threshold;
        _vectors = new Lazy<(float[][], float[][])?>(Embed, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True or false by meaning; null when the model is not ready (callers then rely on their exact rules).</summary>
    public bool? Matches(string text)
    {
        if (_embedder is not { IsReady: true } || string.IsNullOrWhiteSpace(text) || _vectors.Value is not { } vectors)
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

    private (float[][], float[][])? Embed()
    {
        IReadOnlyList<float[]>? all = _embedder?.Embed([.. _kind, .. _contrast]);
        return all is null || all.Count != _kind.Length + _contrast.Length ? null : ([.. all.Take(_kind.Length)], [.. all.Skip(_kind.Length)]);
    }
}
