using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Vectors of recently checked sentences, per model, so a pitch checked again after one edit, or a question list
/// checked each time a question is added, embeds only what changed. Keyed by a SHA-256 of the text, so no sentence
/// a user typed is kept; bounded at about <see cref="Capacity"/> entries per generation, two generations kept (a
/// sentence used in the current or the previous generation is found; older ones are dropped wholesale).
/// </summary>
internal static class CheckedSentenceVectors
{
    /// <summary>Sentences per generation: a few hundred users' pitches and lists; 384 floats each, ~6 MB at most.</summary>
    public const int Capacity = 2048;

    private static readonly ConditionalWeakTable<ISentenceEmbedder, Generations<float[]>> s_caches = [];

    /// <summary>
    /// Vectors for <paramref name="texts"/>, in order: cached ones reused, the rest embedded in one batched call.
    /// Null when the model is not ready.
    /// </summary>
    public static float[][]? Embed(ISentenceEmbedder embedder, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        if (texts.Count == 0)
        {
            return vectors;
        }

        Generations<float[]> cache = s_caches.GetValue(embedder, static _ => new Generations<float[]>(Capacity));
        var keys = new TextKey[texts.Count];
        List<int>? missing = null;
        for (int i = 0; i < texts.Count; i++)
        {
            keys[i] = TextKey.Of(texts[i] ?? string.Empty);
            if (cache.TryGet(keys[i], out float[]? vector))
            {
                vectors[i] = vector;
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

        var toEmbed = new string[missing.Count];
        for (int m = 0; m < toEmbed.Length; m++)
        {
            toEmbed[m] = texts[missing[m]] ?? string.Empty;
        }

        IReadOnlyList<float[]>? embedded = embedder.Embed(toEmbed);
        if (embedded is null || embedded.Count != toEmbed.Length)
        {
            return null;
        }

        for (int m = 0; m < toEmbed.Length; m++)
        {
            vectors[missing[m]] = embedded[m];
            cache.Add(keys[missing[m]], embedded[m]);
        }

        return vectors;
    }

    /// <summary>Forgets every cached vector of <paramref name="embedder"/> (the benchmark times a first check with it).</summary>
    public static void Clear(ISentenceEmbedder embedder)
    {
        if (s_caches.TryGetValue(embedder, out Generations<float[]>? cache))
        {
            cache.Clear();
        }
    }

    /// <summary>Two generations of values by text key, each bounded at a capacity; the older one is dropped wholesale.</summary>
    internal sealed class Generations<T>(int capacity)
        where T : class
    {
        private readonly Lock _gate = new();
        private Dictionary<TextKey, T> _current = new(capacity);
        private Dictionary<TextKey, T> _previous = new(capacity);

        public bool TryGet(TextKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? vector)
        {
            lock (_gate)
            {
                if (_current.TryGetValue(key, out vector))
                {
                    return true;
                }

                if (_previous.Remove(key, out vector))
                {
                    AddLocked(key, vector);
                    return true;
                }

                return false;
            }
        }

        public void Add(TextKey key, T vector)
        {
            lock (_gate)
            {
                AddLocked(key, vector);
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _current.Clear();
                _previous.Clear();
            }
        }

        private void AddLocked(TextKey key, T vector)
        {
            if (_current.Count >= capacity)
            {
                // The oldest generation goes as a whole; reusing its dictionary avoids growing a new one.
                (_previous, _current) = (_current, _previous);
                _current.Clear();
            }

            _current[key] = vector;
        }
    }

    /// <summary>The first 128 bits of the text's SHA-256: collisions are out of reach, and the text is not kept.</summary>
    internal readonly record struct TextKey(ulong High, ulong Low)
    {
        public static TextKey Of(string text)
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            int length = Encoding.UTF8.GetMaxByteCount(text.Length);
            byte[]? rented = length > 1024 ? System.Buffers.ArrayPool<byte>.Shared.Rent(length) : null;
            Span<byte> utf8 = rented is not null ? rented : stackalloc byte[1024];
            try
            {
                int written = Encoding.UTF8.GetBytes(text, utf8);
                SHA256.HashData(utf8[..written], hash);
            }
            finally
            {
                if (rented is not null)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                }
            }

            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(hash);
            return new TextKey(words[0], words[1]);
        }
    }
}
