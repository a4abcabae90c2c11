using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>
/// Pushed on top of a flow when the user cancels with unsaved answers. Yes cancels everything and shows the menu;
/// no (or three answers it cannot read) removes it without resuming the flow, which then repeats its question.
/// </summary>
internal sealed class CancelConfirmationDialog() : Dialog(DialogId)
{
    public const string DialogId = "engine.confirm-cancel";

    private const int MaxAttempts = 3;

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        Ask(dc);
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    public override async ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        string? answer = dc.Input.Choice ?? dc.Input.Text;
        if (ConfirmRecognizer.TryRecognize(answer, out bool yes))
        {
            return yes ? await ConfirmAsync(dc, cancellationToken).ConfigureAwait(false) : await DeclineAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        DialogInstance instance = dc.ActiveDialog!;
        instance.Attempts++;
        if (instance.Attempts >= MaxAttempts)
        {
            return await DeclineAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        // Asking the same words again reads as if the answer was ignored: say what each answer does.
        dc.Send(new ChoiceReply(dc.Messages.ConfirmCancelHelp, ConfirmPrompt.Buttons));
        return DialogTurnResult.Waiting;
    }

    public override ValueTask RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        Ask(dc);
        return ValueTask.CompletedTask;
    }

    /// <summary>Cancel said again while confirming means yes.</summary>
    public static ValueTask<DialogTurnResult> ConfirmAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.ResetToRootAsync(dc.Messages.Cancelled, cancellationToken);

    private static async ValueTask<DialogTurnResult> DeclineAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        dc.Send(dc.Messages.NotCancelled);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    private static void Ask(DialogContext dc) => dc.Send(new ChoiceReply(dc.Messages.ConfirmCancel, ConfirmPrompt.Buttons));
}
