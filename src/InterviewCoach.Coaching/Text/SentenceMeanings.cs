using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Text;

/// <summary>A text's sentences and, when the model is ready, one vector per sentence.</summary>
internal sealed class SentenceMeanings
{
    private SentenceMeanings(IReadOnlyList<SpokenSentence> sentences, IReadOnlyList<float[]>? vectors, ISentenceEmbedder? embedder)
    {
        Sentences = sentences;
        Vectors = vectors;
        Embedder = embedder;
    }

    public IReadOnlyList<SpokenSentence> Sentences { get; }

    /// <summary>One vector per sentence; null when there is no model or it is not ready.</summary>
    public IReadOnlyList<float[]>? Vectors { get; }

    public ISentenceEmbedder? Embedder { get; }

    /// <summary>True when meaning can be judged; otherwise the checkers use their exact rules alone.</summary>
    public bool HasMeaning => Vectors is not null && Embedder is not null;

    public static SentenceMeanings Of(string? text, ISentenceEmbedder? embedder) => Of(SentenceSplitter.Split(text), embedder);

    public static SentenceMeanings Of(IReadOnlyList<SpokenSentence> sentences, ISentenceEmbedder? embedder)
    {
        if (embedder is null || !embedder.IsReady || sentences.Count == 0)
        {
            return new SentenceMeanings(sentences, null, null);
        }

        // Every piece in one batched call: one model run instead of one per piece; the checkers then reuse these
        // vectors for every label.
        var texts = new string[sentences.Count];
        for (int i = 0; i < texts.Length; i++)
        {
            texts[i] = sentences[i].Text;
        }

        IReadOnlyList<float[]>? vectors = embedder.Embed(texts);
        if (vectors is null || vectors.Count != texts.Length)
        {
            return new SentenceMeanings(sentences, null, null);
        }

        return new SentenceMeanings(sentences, vectors, embedder);
    }

    /// <summary>Whether sentence <paramref name="index"/> says what <paramref name="prototypes"/> describe; null without the model.</summary>
    public bool? Says(int index, MeaningPrototypes prototypes) =>
        HasMeaning ? prototypes.Says(Embedder!, Vectors![index]) : null;

    /// <summary>Indexes of the sentences that say it (empty without the model).</summary>
    public IEnumerable<int> Saying(MeaningPrototypes prototypes)
    {
        for (int i = 0; i < Sentences.Count; i++)
        {
            if (Says(i, prototypes) == true)
            {
                yield return i;
            }
        }
    }
}
