namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Turns a sentence into a unit-length vector whose dot product with another sentence's vector measures how close
/// their meanings are. Implementations are safe to call from many turns at once.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>True once the model has loaded; false while it loads or after it failed (callers then use exact rules only).</summary>
    bool IsReady { get; }

    /// <summary>Length of every vector this embedder returns.</summary>
    int Dimensions { get; }

    /// <summary>Unit-length vectors for <paramref name="texts"/>, in order; null when the model is not ready.</summary>
    IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts);
}
