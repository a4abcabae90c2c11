namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// One text as the model read it: the pooled sentence vector (the same as <see cref="ISentenceEmbedder.Embed"/>
/// gives), and the contextual vector of each word piece before pooling, unit length, with how much that piece counts
/// when two texts are aligned (<see cref="TokenWeights"/>). No word piece itself is kept.
/// </summary>
internal sealed record TokenVectors(float[] Sentence, float[][] Pieces, float[] Weights);

/// <summary>A sentence model that can also give the word-piece vectors of one batched run.</summary>
internal interface ITokenVectorEmbedder
{
    /// <summary>The sentence and word-piece vectors of <paramref name="texts"/>, in order, from one batched run; null when not ready.</summary>
    IReadOnlyList<TokenVectors>? EmbedTokens(IReadOnlyList<string> texts);
}
