namespace InterviewCoach.Coaching.Understanding;

/// <summary>How sure the recognizer is of its best guess.</summary>
internal enum IntentConfidence
{
    /// <summary>Nothing close enough: treat the text as <c>none</c>.</summary>
    None,

    /// <summary>Close, but not clearly one intent: offer the candidates, never act on them silently.</summary>
    Unsure,

    /// <summary>One intent, by an exact rule or clearly ahead of every other.</summary>
    Confident,
}
