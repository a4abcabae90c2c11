using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>
/// A unit of conversation that lives on a conversation's dialog stack, with Bot Builder's semantics:
/// begun with options, continued by each user message, resumed when a child it began ends.
/// </summary>
/// <remarks>
/// Dialogs are registered once in a <see cref="DialogSet"/> and shared by all conversations: keep
/// per-conversation data in the <see cref="DialogInstance"/>, never in fields. Constructors may take
/// dependencies (they are built by the host's DI container).
/// </remarks>
public abstract class Dialog
{
    private readonly string _version;

    /// <param name="id">The id the dialog is registered and persisted under.</param>
    /// <param name="version">Bump when a deploy changes the dialog so that conversations saved by the old one are reset, not misread.</param>
    protected Dialog(string id, string version = "1")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Id = id;
        _version = version;
    }

    public string Id { get; }

    /// <summary>The version persisted with each instance; a mismatch on resume resets the conversation to the menu.</summary>
    public virtual string Version => _version;

    /// <summary>Starts the dialog; its <see cref="DialogInstance"/> is already on top of the stack.</summary>
    public abstract ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Handles a user message while this dialog is active. By default the dialog ends.</summary>
    public virtual ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child dialog ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual ValueTask<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the current question again (after help, or after an interruption was declined).</summary>
    public virtual ValueTask RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Called as the instance leaves the stack.</summary>
    public virtual ValueTask EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Help for what the dialog is asking right now, or <see langword="null"/> for the generic help line.</summary>
    public virtual string? GetHelp(DialogInstance instance) => null;

    /// <summary>Whether cancelling now would lose answers the user has not saved (cancel then asks for confirmation).</summary>
    public virtual bool HasUnsavedChanges(DialogInstance instance) => false;
}
