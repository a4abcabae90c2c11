using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>
/// One turn's view of a conversation: the input, the dialog stack and the replies buffered so far
/// (Bot Builder's <c>DialogContext</c>). Replies leave the engine only after the state is saved.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogSet _dialogs;
    private readonly IReadOnlyDictionary<string, Dialog> _builtIns;
    private readonly List<DialogInstance> _stack;
    private readonly List<string> _facts;
    private readonly List<Reply> _replies = [];

    internal DialogContext(
        DialogSet dialogs,
        IReadOnlyDictionary<string, Dialog> builtIns,
        List<DialogInstance> stack,
        TurnInput input,
        DateTimeOffset now,
        DialogRunnerOptions options,
        bool isNewConversation = false,
        List<string>? facts = null)
    {
        _facts = facts ?? [];
        IsNewConversation = isNewConversation;
        _dialogs = dialogs;
        _builtIns = builtIns;
        _stack = stack;
        Input = input;
        Now = now;
        RunnerOptions = options;
    }

    public TurnInput Input { get; }

    /// <summary>The current time in the user's time zone (from the runner's <see cref="TimeProvider"/>).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>True when nothing was stored for this conversation before this turn: its very first turn (or first after its data was erased).</summary>
    public bool IsNewConversation { get; }

    /// <summary>Whether <paramref name="fact"/> was recorded on this conversation's first turn and nobody has forgotten it since.</summary>
    public bool Knows(string fact) => _facts.Contains(fact);

    /// <summary>Drops <paramref name="fact"/> (the caller is about to make it false); saved with this turn's state.</summary>
    public void Forget(string fact) => _facts.RemoveAll(f => string.Equals(f, fact, StringComparison.Ordinal));

    /// <summary>The stack, bottom first.</summary>
    public IReadOnlyList<DialogInstance> Stack => _stack;

    /// <summary>The instance on top of the stack, or <see langword="null"/> when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => _stack.Count > 0 ? _stack[^1] : null;

    /// <summary>The replies buffered in this turn, in order.</summary>
    public IReadOnlyList<Reply> Replies => _replies;

    internal DialogRunnerOptions RunnerOptions { get; }

    internal IUnmatchedInputHandler? UnmatchedInput => _dialogs.UnmatchedInput;

    internal IChoiceMatcher? ChoiceMatcher => _dialogs.ChoiceMatcher;

    internal DialogMessages Messages => RunnerOptions.Messages;

    /// <summary>Queues a reply.</summary>
    public void Send(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _replies.Add(reply);
    }

    /// <summary>Queues a markdown text reply.</summary>
    public void Send(string markdown) => Send(new TextReply(markdown));

    /// <summary>Finds a registered dialog.</summary>
    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId) ?? _builtIns.GetValueOrDefault(dialogId);

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="InvalidOperationException">No dialog is registered under <paramref name="dialogId"/>.</exception>
    public ValueTask<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        Dialog dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog is registered with id '{dialogId}'.");
        _stack.Add(new DialogInstance { Id = dialog.Id, Version = dialog.Version });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt registered as <paramref name="dialogId"/>.</summary>
    public ValueTask<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the user's message to the active dialog.</summary>
    public ValueTask<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        DialogInstance? active = ActiveDialog;
        if (active is null)
        {
            return ValueTask.FromResult(DialogTurnResult.Empty);
        }

        return ResolveOrThrow(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async ValueTask<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        DialogInstance? parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await ResolveOrThrow(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the active dialog without resuming its parent and gives this turn's input to the parent instead, as if the
    /// ended dialog had not been there: for an aside (a "did you mean?") when the user answered the question below it.
    /// </summary>
    public async ValueTask<DialogTurnResult> EndAndContinueParentAsync(CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        return await ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and begins <paramref name="dialogId"/> in its place (loops such as "add another?").</summary>
    public async ValueTask<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on the stack, top first.</summary>
    public async ValueTask<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (_stack.Count == 0)
        {
            return DialogTurnResult.Empty;
        }

        while (_stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public ValueTask RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        DialogInstance? active = ActiveDialog;
        return active is null ? ValueTask.CompletedTask : ResolveOrThrow(active).RepromptDialogAsync(this, active, cancellationToken);
    }

    /// <summary>Removes the top instance without resuming its parent (interruptions that hand control back).</summary>
    internal async ValueTask PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        DialogInstance? active = ActiveDialog;
        if (active is null)
        {
            return;
        }

        Dialog? dialog = FindDialog(active.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(this, active, reason, cancellationToken).ConfigureAwait(false);
        }

        _stack.RemoveAt(_stack.Count - 1);
    }

    internal void ClearStack() => _stack.Clear();

    /// <summary>Cancels everything, optionally says why, and begins the root (menu) dialog.</summary>
    internal async ValueTask<DialogTurnResult> ResetToRootAsync(string? message, CancellationToken cancellationToken)
    {
        await CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        if (message is not null)
        {
            Send(message);
        }

        return await BeginDialogAsync(RunnerOptions.RootDialogId, null, cancellationToken).ConfigureAwait(false);
    }

    private Dialog ResolveOrThrow(DialogInstance instance) => FindDialog(instance.Id)
        ?? throw new InvalidOperationException($"No dialog is registered with id '{instance.Id}'.");
}
