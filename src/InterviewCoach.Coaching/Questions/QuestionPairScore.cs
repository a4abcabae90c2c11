namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// How alike two questions on one list are: the cosine of the whole questions, the cosine after the list's shared
/// topic words are replaced, and whether an exact contrast (most/least, first/now, tools/skills...) sets them apart.
/// </summary>
internal readonly record struct QuestionPairScore(float Whole, float WithoutTopic, bool Contrasted)
{
    /// <summary>The blend the duplicate threshold applies to, with <paramref name="wholeWeight"/> on the whole-question cosine.</summary>
    public float Blend(float wholeWeight) => (wholeWeight * Whole) + ((1 - wholeWeight) * WithoutTopic);
}
