using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Offers the recognizer's close guesses as buttons ("Did you mean …?") when it wasn't sure, so nothing is acted on
/// silently. A pick is handled as if typed clearly; "none of these" goes back to where the user was, and typed text
/// that picks nothing is given to the step below as its answer.
/// </summary>
internal sealed class DidYouMeanDialog(CoachServices services) : Dialog(DialogId)
{
    public const string DialogId = "understanding.did-you-mean";

    private const string NoneValue = "none";
    private const string CandidatesKey = "candidates";

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        string[] candidates = options as string[] ?? [];
        DialogInstance instance = dc.ActiveDialog!;
        instance.Values = new DialogValues();
        instance.Values.Set(CandidatesKey, candidates);
        Ask(dc, candidates);
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    public override async ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        string[] candidates = dc.ActiveDialog!.Values?.GetOrDefault<string[]>(CandidatesKey) ?? [];
        string? answer = dc.Input.Choice ?? dc.Input.Text;
        Choice? picked = ChoiceRecognizer.Recognize(answer, Choices(candidates));
        if (picked is null && dc.Input.Value is null && !string.IsNullOrWhiteSpace(dc.Input.Text))
        {
            // Typed text that picks nothing is most likely the answer to the question below ("we met at a conference"):
            // it goes there rather than being dropped.
            return await dc.EndAndContinueParentAsync(cancellationToken).ConfigureAwait(false);
        }

        if (picked is null || picked.Value == NoneValue)
        {
            dc.Send("No problem.");
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await TypedInputRouter.ActOnPickAsync(dc, services, picked.Value, cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        Ask(dc, instance.Values?.GetOrDefault<string[]>(CandidatesKey) ?? []);
        return ValueTask.CompletedTask;
    }

    public override string? GetHelp(DialogInstance instance) =>
        "I wasn't sure what you meant. Pick the closest button, or **None of these** to go back to where you were.";

    private static void Ask(DialogContext dc, string[] candidates) =>
        dc.Send(new ChoiceReply("I'm not quite sure what you meant. Did you mean one of these?", [.. Choices(candidates).Select(c => new ChoiceButton(c.Title, c.Value))]));

    private static Choice[] Choices(string[] candidates) =>
    [
        .. candidates.Select(intent => new Choice(intent, Title(intent))),
        new Choice(NoneValue, "None of these") { Synonyms = ["neither", "no", "nope", "none"] },
    ];

    private static string Title(string intent) =>
        IntentIds.IsQuestion(intent) ? CoachingAnswers.Title(intent)
        : IntentCommands.CommandFor(intent) is { } command ? command.Title
        : intent switch
        {
            IntentIds.Menu => "Main menu",
            IntentIds.Help => "What can you do?",
            IntentIds.Cancel => "Stop this",
            _ => intent,
        };
}
