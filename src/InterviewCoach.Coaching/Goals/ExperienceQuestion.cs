using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// "How much experience do you have?", asked by the question list the first time and by <c>goal</c> when the user
/// changes it: one wording and one set of answers for both (S068).
/// </summary>
internal static partial class ExperienceQuestion
{
    public const string SkipValue = "skip";

    /// <summary>The prompt that asks it (one of <see cref="CoachPrompts"/>), reading years said with where they were spent (<see cref="ReadTyped"/>).</summary>
    public const string PromptId = "experience.level";

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

    /// <summary>
    /// "8 years but in audit, not ux", "a decade in retail, none of it in design": years of work said together with
    /// their being elsewhere are some experience, little in this field, not lots of it (which the word "years" alone
    /// would suggest). Anything else is left to the usual matching.
    /// </summary>
    public static ChoiceGuess? ReadTyped(string text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return Elsewhere().IsMatch(text) && choices.FirstOrDefault(c => c.Value == nameof(ExperienceLevel.Limited)) is { } limited
            ? new ChoiceGuess(limited, Confident: true)
            : null;
    }

    // Years or work named, then a contrast that puts them outside the field: "but in audit", "not in ux", "none in
    // this field", "in a different field", "all in retail though".
    [GeneratedRegex(@"\b(?:(?:\d+|a\s+few|several|many|lots\s+of|ten|two|three|four|five|six|seven|eight|nine|a\s+couple\s+of)\s*(?:\+\s*)?(?:years?|yrs?|decades?)|a\s+decade)\b.*?(?:\bbut\b|\bnot\b|\bnone\b|\bnothing\b|\bdifferent\b|\banother\b|\bother\b|\boutside\b|\bunrelated\b|\bthough\b|\bzero\b|\bno\s+(?:\w+\s+)?experience\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Elsewhere();
}
