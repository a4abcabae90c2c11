namespace InterviewCoach.Coaching.Questions;

/// <summary>The checker's verdict on one question: what it found and the best replacement on offer.</summary>
public sealed record QuestionCheck(string Question, IReadOnlyList<QuestionFinding> Findings)
{
    /// <summary>True when the question can go on the list as written.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <summary>The first replacement any finding offers, or null.</summary>
    public string? Suggestion => Findings.Select(f => f.Suggestion).FirstOrDefault(s => s is not null);

    public bool Has(QuestionFindingKind kind) => Findings.Any(f => f.Kind == kind);
}
