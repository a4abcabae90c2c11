namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// How alike two questions on one list are: the cosine of the whole questions, how alike their aim profiles are
/// (<see cref="QuestionAims"/>), how well their word pieces align (each piece's contextual vector matched to the
/// nearest of the other question's, framing words counting little), whether an exact contrast (most/least,
/// first/now, tools/skills...) sets them apart, and what their nearest aims say: <see cref="SameAim"/> when both
/// plainly ask for one aim that no other question on the list asks for (or are the list's only two questions asking
/// for people to meet), <see cref="AimsApart"/> when each plainly asks for its own aim and the two aims do not overlap.
/// </summary>
internal readonly record struct QuestionPairScore(float Whole, float Aim, float Pieces, bool Contrasted, bool SameAim = false, bool AimsApart = false)
{
    /// <summary>The blend the duplicate threshold applies to.</summary>
    public float Blend(QuestionBlend blend) => (blend.Whole * Whole) + (blend.Pieces * Pieces) + ((1 - blend.Whole - blend.Pieces) * Aim);
}

/// <summary>Weights of the whole-question cosine and the piece alignment in the pair blend; the rest goes to the aim profiles.</summary>
internal readonly record struct QuestionBlend(float Whole, float Pieces);
