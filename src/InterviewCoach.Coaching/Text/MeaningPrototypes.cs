using System.Runtime.CompilerServices;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Example sentences that say one thing (positives) and sentences that look alike but don't (traps). A sentence
/// means the thing when its nearest positive is close enough and nearer than the nearest trap by a margin. The
/// examples are embedded once per embedder, on first use, and shared by every call and thread after that.
/// </summary>
internal sealed class MeaningPrototypes
{
    private readonly string[] _texts;
    private readonly int _positiveCount;
    private readonly ConditionalWeakTable<ISentenceEmbedder, float[][]> _vectors = [];
    private readonly Lock _gate = new();

    /// <param name="positives">Sentences that say it.</param>
    /// <param name="traps">Sentences that share words or shape but don't say it.</param>
    /// <param name="minSimilarity">Cosine the nearest positive must reach.</param>
    /// <param name="margin">How much nearer the nearest positive must be than the nearest trap.</param>
    public MeaningPrototypes(IReadOnlyList<string> positives, IReadOnlyList<string> traps, float minSimilarity, float margin)
    {
        _texts = [.. positives, .. traps];
        _positiveCount = positives.Count;
        MinSimilarity = minSimilarity;
        Margin = margin;
    }

    /// <summary>Every example, positives then traps (held-aside sets are checked against them).</summary>
    public IReadOnlyList<string> Examples => _texts;

    public float MinSimilarity { get; }

    public float Margin { get; }

    /// <summary>Every example, positives then traps: lets tests keep the held-aside sets out of them.</summary>
    internal IReadOnlyList<string> Texts => _texts;

    /// <summary>Embeds the examples now, if the model is ready; later calls cost nothing.</summary>
    public bool Warm(ISentenceEmbedder embedder) => VectorsFor(embedder) is not null;

    /// <summary>Whether <paramref name="sentence"/> says it; null when the model is not ready.</summary>
    public bool? Says(ISentenceEmbedder embedder, ReadOnlySpan<float> sentence)
    {
        (float positive, float trap)? nearest = Nearest(embedder, sentence);
        return nearest is null ? null : nearest.Value.positive >= MinSimilarity && nearest.Value.positive - nearest.Value.trap >= Margin;
    }

    /// <summary>Nearest positive and nearest trap similarity; null when the model is not ready.</summary>
    public (float Positive, float Trap)? Nearest(ISentenceEmbedder embedder, ReadOnlySpan<float> sentence)
    {
        float[][]? vectors = VectorsFor(embedder);
        if (vectors is null)
        {
            return null;
        }

        float positive = -1, trap = -1;
        for (int i = 0; i < vectors.Length; i++)
        {
            float similarity = SentenceVectors.Similarity(vectors[i], sentence);
            if (i < _positiveCount)
            {
                positive = Math.Max(positive, similarity);
            }
            else
            {
                trap = Math.Max(trap, similarity);
            }
        }

        return (positive, trap);
    }

    private float[][]? VectorsFor(ISentenceEmbedder embedder)
    {
        if (_vectors.TryGetValue(embedder, out float[][]? ready))
        {
            return ready;
        }

        lock (_gate)
        {
            if (_vectors.TryGetValue(embedder, out ready))
            {
                return ready;
            }

            IReadOnlyList<float[]>? embedded = embedder.IsReady ? embedder.Embed(_texts) : null;
            if (embedded is null || embedded.Count != _texts.Length)
            {
                return null;
            }

            float[][] vectors = [.. embedded];
            _vectors.Add(embedder, vectors);
            return vectors;
        }
    }
}
