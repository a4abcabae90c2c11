using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// "How much experience do you have?", asked by the question list the first time and by <c>goal</c> when the user
/// changes it: one wording and one set of answers for both (S068).
/// </summary>
internal static class ExperienceQuestion
{
    public const string SkipValue = "skip";

    public const string Prompt = "How much experience do you have that bears on this field? It decides which question about your résumé suits you.";

    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(nameof(ExperienceLevel.Student), ExperienceLevel.Student.ToLabel()) { Synonyms = ["student", "graduate", "studying", "at university", "at college"] },
        new(nameof(ExperienceLevel.Limited), ExperienceLevel.Limited.ToLabel()) { Synonyms = ["some", "limited", "a little", "not much", "little", "career changer", "changing careers", "switching careers", "new to this field", "in another field",
            "years of work but none in this field", "I have experience in a different career, nothing in this one", "not in this area"] },
        new(nameof(ExperienceLevel.Experienced), ExperienceLevel.Experienced.ToLabel()) { Synonyms = ["lots", "experienced", "a lot", "plenty", "years", "lots of experience", "years in this field", "years in the field",
            "I have worked in this field for several years", "years doing this kind of work already"] },
        new(SkipValue, "Skip") { Synonyms = ["skip", "not now", "rather not say"] },
    ];

    /// <summary>The level picked, or null for <b>Skip</b> or a failed prompt.</summary>
    public static ExperienceLevel? Read(object? result) =>
        result is PromptResult<Choice> { Succeeded: true, Value: { } answer } && Enum.TryParse(answer.Value, out ExperienceLevel level) ? level : null;
}
