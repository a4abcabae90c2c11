using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Serialization;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's options and values, and the turn.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _dialog;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog dialog, DialogContext context, DialogInstance instance, int index, DialogReason reason, object? result)
    {
        _dialog = dialog;
        Context = context;
        _instance = instance;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The underlying dialog context, for anything the shortcuts below do not cover.</summary>
    public DialogContext Context { get; }

    /// <summary>The zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs: begun, resumed after a child ended, or skipped to.</summary>
    public DialogReason Reason { get; }

    /// <summary>
    /// The previous step's result: a prompt's <see cref="PromptResult{T}"/>, a child dialog's result,
    /// the value passed to <see cref="NextAsync"/>, or the user's text (or button value) when the previous step
    /// waited without a prompt.
    /// </summary>
    public object? Result { get; }

    /// <summary>Values kept across this dialog's steps and turns.</summary>
    public DialogValues Values => _instance.Values ??= new DialogValues();

    public TurnInput Input => Context.Input;

    public string UserKey => Context.Input.UserKey;

    public TimeZoneInfo TimeZone => Context.Input.TimeZone;

    /// <summary>The current time in the user's time zone.</summary>
    public DateTimeOffset Now => Context.Now;

    /// <summary>The options the dialog was begun with, read as <typeparamref name="TOptions"/>.</summary>
    public TOptions? GetOptions<TOptions>() => _instance.OptionsObject is TOptions typed
        ? typed
        : DialogJson.FromObject<TOptions>(_instance.Options);

    /// <summary>Queues a reply.</summary>
    public void Send(Reply reply) => Context.Send(reply);

    /// <summary>Queues a markdown text reply.</summary>
    public void Send(string markdown) => Context.Send(markdown);

    /// <summary>Records that everything in <see cref="Values"/> is saved, so cancelling now needs no confirmation.</summary>
    public void MarkSaved()
    {
        _instance.Saved = true;
        _instance.Asked = null;
        _instance.SavedPastQuestions = true;
        if (_instance.Values is not null)
        {
            _instance.Values.Changed = false;
        }
    }

    /// <summary>Begins a prompt; its <see cref="PromptResult{T}"/> arrives as the next step's <see cref="Result"/>.</summary>
    public ValueTask<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Context.PromptAsync(dialogId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result arrives as the next step's <see cref="Result"/>.</summary>
    public ValueTask<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step without waiting for the user, handing it <paramref name="result"/>.</summary>
    /// <exception cref="InvalidOperationException">Called twice from the same step.</exception>
    public ValueTask<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called from step {Index} of '{_dialog.Id}'.");
        }

        _nextCalled = true;
        return _dialog.ResumeDialogAsync(Context, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>Ends this waterfall, returning <paramref name="result"/> to its parent.</summary>
    public ValueTask<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Context.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends this waterfall and begins <paramref name="dialogId"/> in its place (use the waterfall's own id to loop).</summary>
    public ValueTask<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Context.ReplaceDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends every dialog on the stack.</summary>
    public ValueTask<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        Context.CancelAllDialogsAsync(cancellationToken);

    /// <summary>Waits for the user's next message; it arrives as the next step's <see cref="Result"/>.</summary>
    public static DialogTurnResult EndOfTurn => DialogTurnResult.Waiting;
}
