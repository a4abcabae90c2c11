using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// A text's sentences and, when the model is ready, their vectors, embedded only when a judgement needs them: a
/// checker first decides what its exact rules can, then asks for the sentences still in doubt in one batched call
/// (<see cref="Prepare"/>). Vectors come through <see cref="CheckedSentenceVectors"/>, so a sentence checked a moment
/// ago is not embedded again.
/// </summary>
internal sealed class SentenceMeanings
{
    private readonly float[]?[] _vectors;
    private bool _failed;

    private SentenceMeanings(IReadOnlyList<SpokenSentence> sentences, ISentenceEmbedder? embedder)
    {
        Sentences = sentences;
        Embedder = embedder;
        _vectors = new float[]?[sentences.Count];
    }

    public IReadOnlyList<SpokenSentence> Sentences { get; }

    public ISentenceEmbedder? Embedder { get; }

    /// <summary>True when meaning can be judged; otherwise the checkers use their exact rules alone.</summary>
    public bool HasMeaning => Embedder is not null && !_failed;

    public static SentenceMeanings Of(string? text, ISentenceEmbedder? embedder) => Of(SentenceSplitter.Split(text), embedder);

    public static SentenceMeanings Of(IReadOnlyList<SpokenSentence> sentences, ISentenceEmbedder? embedder) =>
        new(sentences, embedder is { IsReady: true } && sentences.Count > 0 ? embedder : null);

    /// <summary>Embeds every sentence not embedded yet, in one batched call.</summary>
    public void PrepareAll() => Prepare(Enumerable.Range(0, Sentences.Count));

    /// <summary>Embeds the sentences at <paramref name="indexes"/> that are not embedded yet, in one batched call.</summary>
    public void Prepare(IEnumerable<int> indexes)
    {
        if (!HasMeaning)
        {
            return;
        }

        List<int> wanted = [.. indexes.Where(i => _vectors[i] is null).Distinct()];
        if (wanted.Count == 0)
        {
            return;
        }

        var texts = new string[wanted.Count];
        for (int k = 0; k < texts.Length; k++)
        {
            texts[k] = Sentences[wanted[k]].Text;
        }

        float[][]? vectors = CheckedSentenceVectors.Embed(Embedder!, texts);
        if (vectors is null)
        {
            _failed = true;
            return;
        }

        for (int k = 0; k < texts.Length; k++)
        {
            _vectors[wanted[k]] = vectors[k];
        }
    }

    /// <summary>Sentence <paramref name="index"/>'s vector, embedding it alone if no batch did; null without the model.</summary>
    public float[]? VectorAt(int index)
    {
        if (_vectors[index] is null)
        {
            Prepare([index]);
        }

        return HasMeaning ? _vectors[index] : null;
    }

    /// <summary>Whether sentence <paramref name="index"/> says what <paramref name="prototypes"/> describe; null without the model.</summary>
    public bool? Says(int index, MeaningPrototypes prototypes) =>
        VectorAt(index) is { } vector ? prototypes.Says(Embedder!, vector) : null;

    /// <summary>Nearest positive and trap of <paramref name="prototypes"/> for sentence <paramref name="index"/>; null without the model.</summary>
    public (float Positive, float Trap)? Nearest(int index, MeaningPrototypes prototypes) =>
        VectorAt(index) is { } vector ? prototypes.Nearest(Embedder!, vector) : null;
}
