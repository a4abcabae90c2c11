using System.Runtime.CompilerServices;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Word-piece vectors of recently checked questions, per model, kept like <see cref="CheckedSentenceVectors"/>
/// (keyed by a SHA-256 of the text, no text kept), so a question list re-checked as each question is added runs the
/// model only on the new question. Fewer entries: one question's pieces weigh about fifteen sentence vectors.
/// </summary>
internal static class CheckedTokenVectors
{
    /// <summary>Questions per generation; two generations at about 20 KB each stay under ~20 MB.</summary>
    public const int Capacity = 512;

    private static readonly ConditionalWeakTable<ITokenVectorEmbedder, CheckedSentenceVectors.Generations<TokenVectors>> s_caches = [];

    /// <summary>Vectors for <paramref name="texts"/>, in order: cached ones reused, the rest in one batched run. Null when the model is not ready.</summary>
    public static TokenVectors[]? Embed(ITokenVectorEmbedder embedder, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new TokenVectors[texts.Count];
        CheckedSentenceVectors.Generations<TokenVectors> cache = s_caches.GetValue(embedder, static _ => new(Capacity));
        var keys = new CheckedSentenceVectors.TextKey[texts.Count];
        List<int>? missing = null;
        for (int i = 0; i < texts.Count; i++)
        {
            keys[i] = CheckedSentenceVectors.TextKey.Of(texts[i] ?? string.Empty);
            if (cache.TryGet(keys[i], out TokenVectors? found))
            {
                vectors[i] = found;
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

        IReadOnlyList<TokenVectors>? embedded = embedder.EmbedTokens([.. missing.Select(i => texts[i] ?? string.Empty)]);
        if (embedded is null || embedded.Count != missing.Count)
        {
            return null;
        }

        for (int m = 0; m < missing.Count; m++)
        {
            vectors[missing[m]] = embedded[m];
            cache.Add(keys[missing[m]], embedded[m]);
        }

        return vectors;
    }

    /// <summary>Forgets every cached entry of <paramref name="embedder"/> (the benchmark times a first check with it).</summary>
    public static void Clear(ITokenVectorEmbedder embedder)
    {
        if (s_caches.TryGetValue(embedder, out CheckedSentenceVectors.Generations<TokenVectors>? cache))
        {
            cache.Clear();
        }
    }
}
