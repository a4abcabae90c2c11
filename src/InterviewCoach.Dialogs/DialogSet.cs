namespace InterviewCoach.Dialogs;

/// <summary>The registry of dialogs by id, shared by all conversations (Bot Builder's <c>DialogSet</c>).</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);

    public DialogSet()
    {
    }

    /// <summary>Registers every dialog the host's container built.</summary>
    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (Dialog dialog in dialogs)
        {
            Add(dialog);
        }
    }

    public int Count => _dialogs.Count;

    /// <summary>Gets typed text a prompt refused before the prompt retries; null leaves prompts to retry on their own.</summary>
    public IUnmatchedInputHandler? UnmatchedInput { get; set; }

    /// <summary>Reads typed answers to choice prompts by meaning when no exact rule matched; null keeps exact matching only.</summary>
    public IChoiceMatcher? ChoiceMatcher { get; set; }

    /// <summary>
    /// Facts true of any conversation with nothing stored yet (a host's "this user has no profile yet"), recorded in its
    /// state on its first turn. A dialog that trusts one skips the read that would prove it; whoever makes one false
    /// forgets it (<see cref="DialogContext.Forget"/>) in the same turn, so the conditional state write keeps them honest.
    /// </summary>
    public IReadOnlyList<string> NewConversationFacts { get; set; } = [];

    /// <summary>Registers a dialog.</summary>
    /// <exception cref="ArgumentException">Another dialog has the same id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already registered.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>
    /// Notes that a dialog once registered as <paramref name="storedId"/> is now <paramref name="currentId"/>: a
    /// conversation saved with the old id resumes on the new one (and is saved with it), instead of finding no dialog
    /// and starting over.
    /// </summary>
    public DialogSet Rename(string storedId, string currentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(storedId);
        ArgumentException.ThrowIfNullOrEmpty(currentId);
        if (_dialogs.ContainsKey(storedId))
        {
            throw new ArgumentException($"'{storedId}' is still a registered dialog id.", nameof(storedId));
        }

        _renamed[storedId] = currentId;
        return this;
    }

    /// <summary>The id a stored dialog id now goes by (itself unless it was renamed).</summary>
    public string CurrentId(string storedId) => _renamed.GetValueOrDefault(storedId, storedId);
}
