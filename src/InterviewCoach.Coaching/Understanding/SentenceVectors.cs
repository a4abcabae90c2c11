using System.Numerics.Tensors;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>Arithmetic on the unit-length vectors an <see cref="ISentenceEmbedder"/> returns.</summary>
public static class SentenceVectors
{
    /// <summary>Cosine similarity of two unit-length vectors (their dot product), in [-1, 1].</summary>
    public static float Similarity(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    /// <summary>One sentence's vector, or null when the model is not ready.</summary>
    public static float[]? EmbedOne(this ISentenceEmbedder embedder, string text)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        IReadOnlyList<float[]>? vectors = embedder.Embed([text]);
        return vectors is { Count: 1 } ? vectors[0] : null;
    }
}
