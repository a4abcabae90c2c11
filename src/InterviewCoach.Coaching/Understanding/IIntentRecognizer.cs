namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Reads what a user typed as one of the intents in the design's intent table: a command, a coaching question, or
/// <c>none</c>. Safe to call from many turns at once; never throws on odd input (empty, very long, emoji, another language).
/// </summary>
internal interface IIntentRecognizer
{
    /// <summary>Exact command words only: no model. Used on the hot path and when the model is not ready.</summary>
    IntentMatch RecognizeExact(string? text);

    /// <summary>Exact rules first, then the nearest example utterances when the model is ready.</summary>
    IntentMatch Recognize(string? text);

    /// <summary>Embeds the examples now, off the request path, unless <paramref name="cancellationToken"/> stops it first.</summary>
    void Prepare(CancellationToken cancellationToken);
}
