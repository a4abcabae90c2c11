using System.Text.RegularExpressions;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// <c>sketch</c>: asks for education, experience, two or three strengths, an example for each strength
/// (<see cref="StrengthEvidenceDialog"/>) and what the user is considering next, drafts a first-person 30-second background sketch and hands it to <see cref="SketchReviewDialog"/> to edit and keep.
/// A saved sketch is shown first, with the choice to keep, edit or rebuild it.
/// </summary>
internal sealed partial class SketchDialog : WaterfallDialog
{
    public const string DialogId = "sketch";
    public const string StrengthsPromptId = "sketch.strengths";
    public const string RebuildResult = "rebuild";

    private const string EducationKey = "education";
    private const string ExperienceKey = "experience";
    private const string StrengthsKey = "strengths";
    private const string EvidenceKey = "evidence";
    private const int MaxAnswerLength = 300;

    private readonly CoachServices _services;

    public SketchDialog(CoachServices services)
        : base(DialogId, version: "2")
    {
        // Version 2 added the evidence step; a conversation inside version 1 starts the sketch again.
        _services = services;
        AddStep(StartAsync);
        AddStep(AskExperienceAsync);
        AddStep(AskStrengthsAsync);
        AddStep(AskEvidenceAsync);
        AddStep(AskNextAsync);
        AddStep(DraftAsync);
        AddStep(FinishAsync);
    }

    public static void RegisterPrompts(DialogSet set)
    {
        set.Add(new TextPrompt(StrengthsPromptId, ValidateStrengthsAsync));
        StrengthEvidenceDialog.RegisterPrompts(set);
    }

    internal static IReadOnlyList<string> SplitStrengths(string text) =>
        FieldsParser.Split(text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private async ValueTask<DialogTurnResult> StartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<SketchOptions>() is not { Rebuild: true })
        {
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            if (profile?.Sketch is { } saved)
            {
                return await step.BeginDialogAsync(SketchReviewDialog.DialogId, new SketchReviewOptions(saved, Saved: true), cancellationToken).ConfigureAwait(false);
            }
        }

        step.Send("Let's draft the 30-second version of your story: the few sentences you'll use when someone asks about your background. A few quick questions; type **skip** for any that don't apply.");
        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = "What's your education so far? For example _a degree in economics_ or _I'm finishing a nursing diploma_.",
            Help = "A few words are enough: the course, the qualification, or where you studied.",
            Max = MaxAnswerLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskExperienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true } education)
        {
            // Either the saved sketch was reviewed (and the review said what happened) or the question was given up on.
            return await EndOrRebuildAsync(step, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(EducationKey, Answer(education.Value!));
        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = "And your experience? Jobs, volunteering or projects, e.g. _three years running a café_.",
            Help = "Pick the experience that matters most for the fields you're exploring; one line is plenty.",
            Max = MaxAnswerLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskStrengthsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true } experience)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(ExperienceKey, Answer(experience.Value!));
        return await step.PromptAsync(StrengthsPromptId, new PromptOptions
        {
            Prompt = "Which two or three strengths do you rely on most? Separate them with commas, e.g. _analysis, explaining things simply, staying calm under pressure_.",
            Help = "Think of what people come to you for. Two or three is the sweet spot: enough to be concrete, few enough to remember.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskEvidenceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true } strengths)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        List<string> named = CoachPrompts.IsSkip(strengths.Value!) ? [] : [.. SplitStrengths(strengths.Value!)];
        step.Values.Set(StrengthsKey, named);
        if (named.Count == 0)
        {
            return await step.NextAsync(new List<StrengthEvidence>(), cancellationToken).ConfigureAwait(false);
        }

        step.Send("Strengths land when each comes with proof. One quick example for each; type **skip** if none comes to mind.");
        return await step.BeginDialogAsync(StrengthEvidenceDialog.DialogId, new StrengthEvidenceOptions(named, 0, []), cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskNextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not List<StrengthEvidence> evidence)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // Strengths left without an example are left out: the sketch only claims what it can back up.
        step.Values.Set(EvidenceKey, evidence);
        step.Values.Set(StrengthsKey, evidence.Select(e => e.Strength).ToList());
        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = "Last one: what are you considering next? e.g. _moving into public health_ or _a master's in data science_.",
            Help = "It's fine to be unsure; name the options you're weighing up.",
            Max = MaxAnswerLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> DraftAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true } next)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var inputs = new BackgroundSketchInputs
        {
            Education = step.Values.GetOrDefault<string>(EducationKey),
            Experience = step.Values.GetOrDefault<string>(ExperienceKey),
            Strengths = step.Values.GetOrDefault<List<string>>(StrengthsKey) ?? [],
            Evidence = step.Values.GetOrDefault<List<StrengthEvidence>>(EvidenceKey) ?? [],
            ConsideringNext = Answer(next.Value!),
        };
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        BackgroundSketch draft = BackgroundSketchBuilder.Build(inputs, profile is { FieldsOfInterest.Count: > 0 } ? profile.FieldsOfInterest[0].Name : null);
        return await step.BeginDialogAsync(SketchReviewDialog.DialogId, new SketchReviewOptions(draft, Saved: false), cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        EndOrRebuildAsync(step, cancellationToken);

    private static ValueTask<DialogTurnResult> EndOrRebuildAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The answers are either saved by the review or deliberately dropped for a fresh start.
        step.MarkSaved();
        return step.Result as string == RebuildResult
            ? step.ReplaceDialogAsync(DialogId, new SketchOptions(Rebuild: true), cancellationToken)
            : step.EndDialogAsync(null, cancellationToken);
    }

    private static string? Answer(string text) => CoachPrompts.IsSkip(text) ? null : text;

    private static ValueTask<bool> ValidateStrengthsAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (CoachPrompts.IsSkip(context.Value))
        {
            return ValueTask.FromResult(true);
        }

        IReadOnlyList<string> strengths = SplitStrengths(context.Value);
        if (strengths.Count is < 2 or > 3 || strengths.Any(s => s.Length > CoachPrompts.MaxShortLength))
        {
            context.RetryMessage = strengths.Count > 3
                ? "That's more than three. Which two or three would you lead with?"
                : "Please give me two or three strengths, separated by commas.";
            return ValueTask.FromResult(false);
        }

        // "i am very analytic", "i listen carefully": a strength said about oneself is named the way the sketch says it.
        strengths = [.. strengths.Select(s => IsAboutMe(s) ? AsStrength(s) ?? s : s)];

        // "I run user testing sessions on my course" is an example of a strength, and would read in the sketch as
        // "I run user testing sessions... is one of my strengths": ask for the strength it shows instead.
        if (strengths.FirstOrDefault(IsAboutMe) is { } example)
        {
            context.RetryMessage = $"_{example}_ sounds like an example rather than a strength. Name the strengths themselves "
                + "(e.g. _user research_), separated by commas, and I'll ask for an example of each next.";
            return ValueTask.FromResult(false);
        }

        context.Value = string.Join(", ", strengths);
        return ValueTask.FromResult(true);
    }

    /// <summary>
    /// A trait or skill said in the first person, as a name the sketch can use: "i am very analytic" → "being analytic",
    /// "I'm good with Excel" → "being good with Excel", "i listen carefully" → "listening carefully", "I can speak three
    /// languages" → "speaking three languages". Null for anything else (an example: "I ran the survey").
    /// </summary>
    internal static string? AsStrength(string said)
    {
        Match trait = TraitAboutMe().Match(said);
        if (trait.Success)
        {
            return "being " + trait.Groups["trait"].Value.Trim();
        }

        Match skill = SkillAboutMe().Match(said);
        if (!skill.Success)
        {
            return null;
        }

        string verb = skill.Groups["verb"].Value.ToLowerInvariant();
        string rest = skill.Groups["rest"].Value.TrimEnd();
        // "i listen people carefully": listening takes "to" before whom.
        if (verb == "listen" && ListenedTo().IsMatch(rest))
        {
            rest = " to" + rest;
        }

        return Gerund(verb) + rest;
    }

    private static string Gerund(string verb) => verb switch
    {
        _ when verb.EndsWith("ie", StringComparison.Ordinal) => verb[..^2] + "ying",
        _ when verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal) => verb[..^1] + "ing",
        // Short consonant-vowel-consonant verbs double the last letter: plan, run, chat.
        { Length: <= 4 } when verb.Length >= 3 && !"aeiou".Contains(verb[^3], StringComparison.Ordinal) && "aeiou".Contains(verb[^2], StringComparison.Ordinal)
            && !"aeiouwxy".Contains(verb[^1], StringComparison.Ordinal) => verb + verb[^1] + "ing",
        _ => verb + "ing",
    };

    // "I am (very) patient", "i'm quite good at numbers": a short description of oneself, no article (an article makes it
    // a role: "I'm a team lead").
    [GeneratedRegex(@"^\s*(?:i\s+am|i'm|im|i’m)\s+(?:(?:very|really|quite|pretty|fairly|extremely|so|super|highly|naturally)\s+)*(?<trait>(?!(?:a|an|the|in|at|on|from|currently|working|doing|still|not)\b)\S+(?:\s+(?:at|with|in)\s+\S+(?:\s+\S+){0,2})?)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TraitAboutMe();

    // "i listen to people carefully", "I can explain things simply": a present-tense skill, marked as a skill by "can"
    // or by how it is done (a bare "I run sessions on my course" stays an example).
    [GeneratedRegex(@"^\s*i\s+(?:can\s+)?(?<verb>[a-z]+)(?<rest>(?:\s+\S+){0,5}?\s+(?:well|carefully|clearly|quickly|calmly|patiently|closely|simply|easily|fast|accurately|thoroughly))\s*$|^\s*i\s+can\s+(?<verb>[a-z]+)(?<rest>(?:\s+\S+){1,5})\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SkillAboutMe();

    [GeneratedRegex(@"^\s+(?:people|others|clients|customers|users|patients|colleagues|everyone|them)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ListenedTo();

    private static bool IsAboutMe(string strength)
    {
        string first = strength.TrimStart().Split(' ', 2)[0].ToLowerInvariant().Replace('’', '\'');
        return first is "i" or "i'm" or "im" or "i've" or "ive" or "i'd" or "my" or "we";
    }
}
