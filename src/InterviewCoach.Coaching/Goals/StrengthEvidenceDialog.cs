using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// Asks for one example per strength (S047). A vague answer is refused with a hint; a skipped strength is asked about
/// once more, and a second skip leaves it out of the sketch, so the finished sketch only claims what it can back up.
/// Ends with the <see cref="StrengthEvidence"/> pairs collected.
/// </summary>
internal sealed class StrengthEvidenceDialog : WaterfallDialog
{
    public const string DialogId = "sketch.evidence";
    public const string EvidencePromptId = "sketch.evidence.answer";

    private const int MaxAnswerLength = 300;

    private static readonly HashSet<string> s_vague =
        ["i don't know", "i dont know", "don't know", "dont know", "dunno", "not sure", "no idea", "none", "nothing", "n/a", "na", "no", "idk", "?"];

    // Keyed by words of the strength; the first kind that fits gives the example.
    private static readonly (string[] Words, string Example)[] s_examples =
    [
        (["calm", "pressure", "stress", "crisis", "emergenc", "resilien"], "I kept the front desk running alone on the day the system went down"),
        (["teach", "train", "explain", "mentor", "coach", "present"], "I showed five new starters how to use our booking system"),
        (["detail", "accura", "careful", "thorough", "precis"], "I spotted a pricing error before the order went out"),
        (["organis", "organiz", "plan", "time manage", "deadline"], "I planned the rota for a team of twelve over the summer"),
        (["people", "communicat", "listen", "empath", "team", "relationship", "rapport"], "I settled a complaint from an upset customer on the phone"),
        (["analy", "data", "numbers", "research", "problem"], "I ran the survey analysis for my final-year project"),
        (["creativ", "design", "writ", "idea"], "I redesigned the leaflet our club hands out at open days"),
        (["lead", "initiative", "manag"], "I started a weekly huddle that cut missed handovers"),
    ];

    public StrengthEvidenceDialog()
        : base(DialogId)
    {
        AddStep(AskAsync);
        AddStep(ReceiveAsync);
    }

    public static void RegisterPrompts(DialogSet set) => set.Add(new TextPrompt(EvidencePromptId, ValidateAsync));

    private static async ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        StrengthEvidenceOptions options = step.GetOptions<StrengthEvidenceOptions>()!;
        if (options.Index >= options.Strengths.Count)
        {
            return await step.EndDialogAsync(options.Collected.ToList(), cancellationToken).ConfigureAwait(false);
        }

        string strength = Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(options.Strengths[options.Index]));
        return await step.PromptAsync(EvidencePromptId, new PromptOptions
        {
            Prompt = options.AskedAgain
                ? $"Without an example, _{strength}_ is only a claim, and an example is what people remember. Anything counts: a job, a course, a project, volunteering, a hobby. Or type **skip** again to leave it out of your sketch."
                : $"What's one example that shows _{strength}_? e.g. _{ExampleFor(strength)}_.",
            Help = "One line: where or when you used it, and what came of it. A small, concrete example beats a big vague one.",
            RetryPrompt = $"Give me one concrete moment that shows {strength}: what you did and where. Or type **skip**.",
            Max = MaxAnswerLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An example of the kind of proof asked for, near the strength's own kind so the shape is clear.</summary>
    internal static string ExampleFor(string strength)
    {
        string said = strength.ToLowerInvariant();
        return s_examples.FirstOrDefault(e => e.Words.Any(w => said.Contains(w, StringComparison.Ordinal))).Example
            ?? "I ran the survey analysis for my final-year project";
    }

    private static async ValueTask<DialogTurnResult> ReceiveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true } answer)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        StrengthEvidenceOptions options = step.GetOptions<StrengthEvidenceOptions>()!;
        string strength = options.Strengths[options.Index];
        if (CoachPrompts.IsSkip(answer.Value!))
        {
            if (!options.AskedAgain)
            {
                return await step.ReplaceDialogAsync(DialogId, options with { AskedAgain = true }, cancellationToken).ConfigureAwait(false);
            }

            step.Send($"Fine: I'll leave {Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(strength))} out of the sketch. You can add it back when an example comes to mind.");
            return await step.ReplaceDialogAsync(DialogId, options with { Index = options.Index + 1, AskedAgain = false }, cancellationToken).ConfigureAwait(false);
        }

        StrengthEvidence pair = new(strength, answer.Value!.Trim());
        return await step.ReplaceDialogAsync(DialogId, options with { Index = options.Index + 1, Collected = [.. options.Collected, pair], AskedAgain = false }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<bool> ValidateAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        string text = context.Value.Trim();
        if (CoachPrompts.IsSkip(text))
        {
            return ValueTask.FromResult(true);
        }

        bool vague = s_vague.Contains(TextFolding.Fold(text).Trim('.', '!', ' ')) || SpeakingPace.CountWords(text) < 3;
        if (vague)
        {
            context.RetryMessage = "That's a little thin to back up a strength. Think of one moment: what you did, and where.";
        }

        return ValueTask.FromResult(!vague);
    }
}
