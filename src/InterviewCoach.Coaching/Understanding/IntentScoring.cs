namespace InterviewCoach.Coaching.Understanding;

/// <summary>How example similarities become a decision. The defaults were chosen by leave-one-out over the examples.</summary>
/// <param name="NearestWeight">Weight of the nearest examples' mean similarity in an intent's score; the intent's centroid has the rest.</param>
/// <param name="ConfidentScore">An intent scoring at least this, and <paramref name="Margin"/> ahead of the next, is acted on.</param>
/// <param name="Margin">How far the best intent must lead the second to be acted on.</param>
/// <param name="UnsureScore">Below this the message is <c>none</c>; between it and <paramref name="ConfidentScore"/> the user is asked.
/// Off-topic text is mostly told apart by the <c>none</c> examples scoring best, so this only needs to catch what is
/// near nothing at all; a message with a name, a job and a reason in it scores lower than its request alone would.</param>
internal sealed record IntentScoring(float NearestWeight = 0.7f, float ConfidentScore = 0.55f, float Margin = 0.04f, float UnsureScore = 0.35f)
{
    /// <summary>
    /// For a message of several clauses (<see cref="MessageClauses"/>), the weight of the whole message's score; its best
    /// clause has the rest.
    /// </summary>
    public float WholeWeight { get; init; } = 0.5f;

    public static IntentScoring Default { get; } = new();

    /// <summary>Candidates offered in a "did you mean" are within this of the best score.</summary>
    public float CandidateSpread { get; init; } = 0.08f;

    /// <summary>How many of an intent's most similar examples are averaged for its nearest-examples score (1: the nearest alone).</summary>
    public int Neighbours { get; init; } = 1;
}
