using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Vectors of fixed example texts, embedded once per model for the whole process (every host in a test run, every
/// recognizer) and looked up by the example array itself, which is static.
/// </summary>
internal static class ExampleVectorCache
{
    private const int BatchSize = 32;

    private static readonly ConditionalWeakTable<ISentenceEmbedder, Entry> s_entries = [];

    /// <summary>
    /// The vectors of <paramref name="texts"/>, embedding them first if needed. When another thread is embedding and
    /// <paramref name="wait"/> is false, null at once (the caller falls back to exact rules); null too when the model
    /// is not ready or <paramref name="cancellationToken"/> stopped the embedding.
    /// </summary>
    public static float[][]? Get(ISentenceEmbedder embedder, string[] texts, bool wait, CancellationToken cancellationToken = default)
    {
        Entry entry = s_entries.GetValue(embedder, static _ => new Entry());
        if (entry.Vectors.TryGetValue(texts, out float[][]? cached))
        {
            return cached;
        }

        if (wait)
        {
            entry.Gate.Enter();
        }
        else if (!entry.Gate.TryEnter())
        {
            return null;
        }

        try
        {
            if (entry.Vectors.TryGetValue(texts, out cached))
            {
                return cached;
            }

            var vectors = new float[texts.Length][];
            for (int start = 0; start < texts.Length; start += BatchSize)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return null;
                }

                IReadOnlyList<float[]>? batch = embedder.Embed(texts[start..Math.Min(texts.Length, start + BatchSize)]);
                if (batch is null)
                {
                    return null;
                }

                for (int i = 0; i < batch.Count; i++)
                {
                    vectors[start + i] = batch[i];
                }
            }

            entry.Vectors[texts] = vectors;
            return vectors;
        }
        finally
        {
            entry.Gate.Exit();
        }
    }

    private sealed class Entry
    {
        public Lock Gate { get; } = new();

        public ConcurrentDictionary<string[], float[][]> Vectors { get; } = new(ReferenceEqualityComparer.Instance);
    }
}
