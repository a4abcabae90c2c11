namespace InterviewCoach.Coaching.Understanding;

/// <summary>What the recognizer made of a message.</summary>
/// <param name="Intent">The best intent id (<c>none</c> when nothing fits).</param>
/// <param name="Score">Its similarity to the nearest example, 0 to 1 (1 for an exact rule).</param>
/// <param name="Confidence">Whether to act on it, ask "did you mean", or treat the text as <c>none</c>.</param>
/// <param name="Candidates">When unsure, the intents to offer, best first (at most three); otherwise empty.</param>
/// <param name="Exact">True when an exact rule (a command word) decided, without the model.</param>
internal sealed record IntentMatch(string Intent, float Score, IntentConfidence Confidence, IReadOnlyList<string> Candidates, bool Exact = false)
{
    public static IntentMatch Nothing { get; } = new(IntentIds.None, 0f, IntentConfidence.None, []);

    /// <summary>True when the text is a command word one slip of the keys away ("debreif"), found without the model.</summary>
    public bool Slip { get; init; }

    public bool IsConfident => Confidence == IntentConfidence.Confident;
}
