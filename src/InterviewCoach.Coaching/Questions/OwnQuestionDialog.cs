using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// What <see cref="OwnQuestionDialog"/> checks: the list it would join, the question as typed, and the question it
/// takes the place of (1-based) when it is a new wording rather than an addition.
/// </summary>
internal sealed record OwnQuestionOptions(QuestionList List, string Question, int? Replacing = null);

/// <summary>
/// A question the user wrote, checked by <see cref="QuestionChecker"/> before it joins the list: a clean one is added;
/// one with findings offers the suggestion, keeping it as written, rewording it, or leaving it out. A new question
/// typed instead of a button is the next wording and is checked the same way. Ends with the list, changed or not.
/// </summary>
internal sealed class OwnQuestionDialog : WaterfallDialog
{
    public const string DialogId = "questions.own";

    private const string SuggestionKey = "suggestion";

    // One shared content word in five or so: "is a master's needed?" reworded as "how much does a master's matter?".
    private const double SharedWordsForRewording = 0.15;

    private readonly ISentenceEmbedder? _embedder;

    public OwnQuestionDialog(ISentenceEmbedder? embedder = null)
        : base(DialogId)
    {
        _embedder = embedder;
        AddStep(CheckAsync);
        AddStep(ApplyAsync);
        AddStep(RewordAsync);
    }

    private static OwnQuestionOptions Options(WaterfallStepContext step) => step.GetOptions<OwnQuestionOptions>()
        ?? throw new InvalidOperationException($"{DialogId} must be begun with {nameof(OwnQuestionOptions)}.");

    private async ValueTask<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        OwnQuestionOptions options = Options(step);
        (QuestionList list, string own, int? replacing) = options;

        // A new wording is compared with the rest of the list, not with the words it replaces.
        IEnumerable<string> others = replacing is { } number ? list.AllTexts.Where((_, i) => i != number - 1) : list.AllTexts;
        QuestionCheck check = QuestionChecker.Check(own, [.. others], new QuestionContext(list.Field, list.Organisation, list.ContactName), _embedder);
        if (check.IsClean)
        {
            QuestionEdit added = Apply(options, own.Trim());
            step.Send(added.Refusal ?? (replacing is null ? "Good open question. Added." : "Good open question. Changed."));
            SendNamePermissionNote(step, options, own);
            return await step.EndDialogAsync(added.List, cancellationToken).ConfigureAwait(false);
        }

        if (check.Has(QuestionFindingKind.Empty))
        {
            step.Send(check.Findings[0].Message);
            return await step.EndDialogAsync(list, cancellationToken).ConfigureAwait(false);
        }

        var choices = new List<Choice>();
        string message = string.Join("\n\n", check.Findings.Select(f => f.Message));
        if (check.Suggestion is { } suggestion)
        {
            step.Values.Set(SuggestionKey, suggestion);
            message += $"\n\nHow about: _{suggestion}_";
            choices.Add(new(QuestionEditDialog.UseSuggestion, "Use the suggestion") { Synonyms = ["suggestion", "use it", "yes", "use yours", "yours", "your version", "your one", "use that", "go with yours", "ok", "okay", "sure", "sounds good", "that's better"] });
        }

        choices.Add(new(QuestionEditDialog.KeepMine, "Keep mine") { Synonyms = ["keep", "mine", "keep it", "my version", "my one", "my wording", "as it is", "as is", "no thanks, mine"] });
        choices.Add(new(QuestionEditDialog.Reword, "Reword it") { Synonyms = ["reword", "rephrase", "change it", "write it differently"] });
        choices.Add(new(QuestionEditDialog.LeaveOut, "Leave it out") { Synonyms = ["drop", "leave", "no", "skip"] });
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = message,
            Choices = choices,
            QuestionChoice = QuestionEditDialog.Reword,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ApplyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        OwnQuestionOptions options = Options(step);
        string choice = step.Result is PromptResult<Choice> { Succeeded: true, Value: { } picked } ? picked.Value : QuestionEditDialog.LeaveOut;
        if (choice == QuestionEditDialog.Reword)
        {
            // Typed straight in: the new wording. One about something else takes the flagged one's place too, and
            // says so, so nobody thinks both are on the list.
            if (step.Input.Value is null && step.Input.Text is { } retyped && ChoicePrompt.IsQuestion(retyped))
            {
                if (options.Replacing is null && !RewordsTheSameQuestion(options.Question, retyped, step))
                {
                    step.Send("I've left your last question out and checked this one instead; type it again if you want both.");
                }

                return await step.ReplaceDialogAsync(DialogId, options with { Question = retyped.Trim() }, cancellationToken).ConfigureAwait(false);
            }

            return await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
            {
                Prompt = "Type it the new way and I'll check it again.",
                Max = CoachPrompts.MaxLongLength,
            }, cancellationToken).ConfigureAwait(false);
        }

        string? text = choice switch
        {
            QuestionEditDialog.UseSuggestion => step.Values.GetOrDefault<string>(SuggestionKey),
            QuestionEditDialog.KeepMine => options.Question.Trim(),
            _ => null,
        };
        if (text is null)
        {
            step.Send(options.Replacing is null ? "Left it out." : "Kept the old wording.");
            return await step.EndDialogAsync(options.List, cancellationToken).ConfigureAwait(false);
        }

        QuestionEdit added = Apply(options, text);
        step.Send(added.Refusal ?? (options.Replacing is null ? "Added." : "Changed."));
        SendNamePermissionNote(step, options, text);
        return await step.EndDialogAsync(added.List, cancellationToken).ConfigureAwait(false);
    }

    // The referral question in the user's words may lose "may I mention you?", which the next ask depends on (S092).
    private static void SendNamePermissionNote(WaterfallStepContext step, OwnQuestionOptions options, string text)
    {
        if (options.Replacing == options.List.TotalCount
            && !text.Contains("name", StringComparison.OrdinalIgnoreCase) && !text.Contains("mention", StringComparison.OrdinalIgnoreCase))
        {
            step.Send("When they suggest someone, also ask whether you may say they sent you: it's the best first line for your next ask.");
        }
    }

    // A rewording asks the same thing (the duplicate reading) or shares its content words with the question or the
    // suggestion; a question about something else does neither.
    private bool RewordsTheSameQuestion(string question, string retyped, WaterfallStepContext step) =>
        QuestionChecker.FindNearDuplicate(retyped, [question], _embedder) is not null
        || QuestionChecker.Similarity(retyped, question) >= SharedWordsForRewording
        || (step.Values.GetOrDefault<string>(SuggestionKey) is { } suggestion && QuestionChecker.Similarity(retyped, suggestion) >= SharedWordsForRewording);

    private static QuestionEdit Apply(OwnQuestionOptions options, string text) => options.Replacing is { } number
        ? QuestionListPlanner.Replace(options.List, number, new PlannedQuestion(text) { Own = true })
        : QuestionListPlanner.Add(options.List, new PlannedQuestion(text) { Own = true });

    private static async ValueTask<DialogTurnResult> RewordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        OwnQuestionOptions options = Options(step);
        return step.Result is PromptResult<string> { Succeeded: true, Value: { Length: > 0 } reworded }
            ? await step.ReplaceDialogAsync(DialogId, options with { Question = reworded.Trim() }, cancellationToken).ConfigureAwait(false)
            : await step.EndDialogAsync(options.List, cancellationToken).ConfigureAwait(false);
    }
}
