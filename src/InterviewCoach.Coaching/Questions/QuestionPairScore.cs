namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// How alike two questions on one list are: the cosine of the whole questions, how alike their aim profiles are
/// (<see cref="QuestionAims"/>), and whether an exact contrast (most/least, first/now, tools/skills...) sets them apart.
/// </summary>
internal readonly record struct QuestionPairScore(float Whole, float Aim, bool Contrasted)
{
    /// <summary>The blend the duplicate threshold applies to, with <paramref name="wholeWeight"/> on the whole-question cosine.</summary>
    public float Blend(float wholeWeight) => (wholeWeight * Whole) + ((1 - wholeWeight) * Aim);
}
