namespace InterviewCoach.Coaching.Text;

/// <summary>One sentence as lowercase words joined by single spaces, split into clauses for negation checks.</summary>
internal sealed record NormalizedSentence(string Text, IReadOnlyList<string> Clauses, bool IsQuestion, int WordCount);
