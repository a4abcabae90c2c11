namespace InterviewCoach.Coaching.Text;

/// <summary>
/// One sentence as lowercase words joined by single spaces, split into clauses for negation checks. Filler
/// words are left out of <see cref="Text"/> and <see cref="Clauses"/> so "suggested I, um, call" still reads as
/// "suggested i call"; <see cref="RawClauses"/> keeps every word for counting fillers.
/// </summary>
internal sealed record NormalizedSentence(
    string Text,
    IReadOnlyList<string> Clauses,
    bool IsQuestion,
    int WordCount,
    IReadOnlyList<IReadOnlyList<string>> RawClauses);
