using InterviewCoach.Coaching.Menu;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Asks before a typed command leaves a flow part-way ("Leave the debrief and open your reminders?"). Yes switches;
/// no goes back to the question the user was on; another command typed instead asks about leaving for that one; an
/// answer of a few words (or a second answer it cannot read) stays, and the question the user was on reads it.
/// </summary>
internal sealed class LeaveFlowDialog() : Dialog(DialogId)
{
    public const string DialogId = "understanding.leave-flow";

    /// <summary>Target value for "back to the menu" rather than a command.</summary>
    public const string MenuTarget = "menu";

    /// <summary>Target value for "stop what we are doing".</summary>
    public const string CancelTarget = "cancel";

    private const string TargetKey = "target";
    private const string QuestionKey = "question";

    // What the user typed when it carried the command's details ("call back Maria Thursday 3pm"), read again on
    // leaving so a yes does not ask for them a second time.
    private const string TypedKey = "typed";
    private const int MaxAttempts = 2;

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        (string target, string? typed) = options switch
        {
            LeaveFlowRequest request => (request.Target, request.Typed),
            string named => (named, null),
            _ => (MenuTarget, null),
        };
        DialogInstance instance = dc.ActiveDialog!;
        instance.Values = new DialogValues();
        instance.Values.Set(TargetKey, target);
        if (typed is not null)
        {
            instance.Values.Set(TypedKey, typed);
        }

        string current = FlowNames.Current(dc.Stack.Count > 2 ? dc.Stack[1].Id : null);
        string question = target switch
        {
            CancelTarget => $"Stop {current}? Answers you haven't saved will be lost.",
            MenuTarget => $"Leave {current} and go back to the menu?",
            _ => CoachDialogs.Commands.FirstOrDefault(c => c.Keyword == target) is { } command
                ? $"Leave {current} and {FlowNames.Open(command)}?"
                : $"Leave {current}?",
        };
        instance.Values.Set(QuestionKey, question);
        dc.Send(new ChoiceReply(question, ConfirmPrompt.Buttons));
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    public override async ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        DialogInstance instance = dc.ActiveDialog!;
        string? answer = dc.Input.Choice ?? dc.Input.Text;
        if (ConfirmRecognizer.TryRecognize(answer, out bool yes))
        {
            return yes
                ? await LeaveAsync(dc, instance.Values!.Get<string>(TargetKey), instance.Values.GetOrDefault<string>(TypedKey), cancellationToken).ConfigureAwait(false)
                : await StayAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        // Another command instead of yes or no ("reminders" at "Leave the debrief and open the thank-you note?"):
        // the user changed their mind about where to go, so ask about that place instead.
        if (dc.Input.Value is null && CommandNamed(answer) is { } other)
        {
            string current = FlowNames.Current(dc.Stack.Count > 2 ? dc.Stack[1].Id : null);
            string question = $"Leave {current} and {FlowNames.Open(other)}?";
            instance.Values!.Set(TargetKey, other.Keyword);
            instance.Values.Remove(TypedKey);
            instance.Values.Set(QuestionKey, question);
            dc.Send(new ChoiceReply(question, ConfirmPrompt.Buttons));
            return DialogTurnResult.Waiting;
        }

        instance.Attempts++;

        // Neither yes nor no but an answer to the question the user was on ("set on a direction" at "Leave setting
        // your goals?", after asking where they are): they are staying, and the question below reads it as typed.
        bool unclear = dc.Input.Value is not null || answer is null || NonAnswerRecognizer.IsNonAnswer(answer) || answer.TrimEnd().EndsWith('?')
            || answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < 2;
        if (!unclear || instance.Attempts >= MaxAttempts)
        {
            dc.Send("Okay, let's carry on.");
            return dc.Input.Value is null && !string.IsNullOrWhiteSpace(dc.Input.Text)
                ? await dc.EndAndContinueParentAsync(cancellationToken).ConfigureAwait(false)
                : await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The same question again would read as if the answer was ignored: say what each answer does.
        dc.Send(new ChoiceReply(GetHelp(instance)!, ConfirmPrompt.Buttons));
        return DialogTurnResult.Waiting;
    }

    private static CoachCommand? CommandNamed(string? text)
    {
        string typed = TextNormalizer.Normalize(text);
        return typed.Length == 0 ? null : CoachDialogs.Commands.FirstOrDefault(c =>
            TextNormalizer.Normalize(c.Keyword) == typed || c.Aliases.Any(a => TextNormalizer.Normalize(a) == typed));
    }

    public override ValueTask RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        dc.Send(new ChoiceReply(instance.Values?.GetOrDefault<string>(QuestionKey) ?? "Leave this?", ConfirmPrompt.Buttons));
        return ValueTask.CompletedTask;
    }

    public override string? GetHelp(DialogInstance instance) =>
        "Say **yes** to leave and go where you asked, or **no** to carry on where you were.";

    /// <summary>
    /// Ends every flow and begins <paramref name="target"/> over a fresh menu, with the details read from
    /// <paramref name="typed"/> when the command was typed with them.
    /// </summary>
    public static async ValueTask<DialogTurnResult> LeaveAsync(DialogContext dc, string target, string? typed, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        switch (target)
        {
            case CancelTarget:
                dc.Send("Okay, I've stopped that.");
                return await dc.BeginDialogAsync(CoachDialogs.MenuDialogId, null, cancellationToken).ConfigureAwait(false);
            case MenuTarget:
                return await dc.BeginDialogAsync(CoachDialogs.MenuDialogId, null, cancellationToken).ConfigureAwait(false);
            default:
                CoachCommand? command = CoachDialogs.Commands.FirstOrDefault(c => c.Keyword == target);
                object? details = typed is not null && dc.FindDialog(CoachDialogs.MenuDialogId) is MenuDialog menu
                    && menu.MatchCommandWords(typed) is { } again && again.Command.Keyword == target ? again.Options : null;
                return await dc.BeginDialogAsync(CoachDialogs.MenuDialogId, command is null ? null : new MenuStart(command.DialogId, details, command.Keyword), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask<DialogTurnResult> StayAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Send("Okay, let's carry on.");
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Leave for <see cref="Target"/> (a command keyword); <see cref="Typed"/> is the text that gave its details.</summary>
internal sealed record LeaveFlowRequest(string Target, string? Typed);
