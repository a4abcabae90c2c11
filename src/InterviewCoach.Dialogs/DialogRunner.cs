using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Serialization;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>
/// Runs one user turn of a conversation: one state read, the active dialog (or the root dialog when none is
/// active), global interruptions, and one conditional write on the ETag that was read.
/// </summary>
/// <remarks>
/// <para>Thread-safe and stateless between turns: register it as a singleton.</para>
/// <para>Replies are buffered and returned only after the write succeeded. When another turn on the same
/// conversation wrote first, the turn is re-read and re-run from scratch (its first replies are discarded), up to
/// <see cref="DialogRunnerOptions.MaxTurnAttempts"/> times, then <see cref="DialogTurnConflictException"/> is thrown.
/// A turn that changes nothing writes nothing. A store may hold back other changes the turn made and send them with the
/// state write (<see cref="IDialogStateStore.HasPendingWrites"/>); each attempt starts without them.</para>
/// <para>A conversation saved by a dialog that is no longer registered, or registered with another
/// <see cref="Dialog.Version"/>, is not resumed: the user gets a short apology and the root dialog.</para>
/// </remarks>
public sealed partial class DialogRunner
{
    private readonly DialogSet _dialogs;
    private readonly IDialogStateStore _store;
    private readonly TimeProvider _time;
    private readonly DialogRunnerOptions _options;
    private readonly FrozenDictionary<string, Dialog> _builtIns;
    private readonly FrozenDictionary<string, InterruptionKind> _interruptions;

    public DialogRunner(DialogSet dialogs, IDialogStateStore store, TimeProvider time, DialogRunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        if (dialogs.Find(options.RootDialogId) is null)
        {
            throw new ArgumentException($"The root dialog '{options.RootDialogId}' is not registered.", nameof(options));
        }

        _dialogs = dialogs;
        _store = store;
        _time = time;
        _options = options;
        var confirm = new CancelConfirmationDialog();
        _builtIns = new Dictionary<string, Dialog>(StringComparer.Ordinal) { [confirm.Id] = confirm }.ToFrozenDictionary(StringComparer.Ordinal);
        _interruptions = BuildInterruptions(options.Interruptions);
    }

    /// <summary>Runs a turn, reading the conversation's state from the store.</summary>
    /// <exception cref="DialogTurnConflictException">Concurrent turns won every attempt.</exception>
    public ValueTask<TurnResult> RunTurnAsync(TurnInput input, CancellationToken cancellationToken = default) =>
        RunTurnAsync(input, null, cancellationToken);

    /// <summary>
    /// Runs a turn starting from <paramref name="knownState"/> when the host already holds the conversation's
    /// state (cached from the previous <see cref="TurnResult.State"/>), saving the read.
    /// A stale <paramref name="knownState"/> costs one conflict and a re-read, never a lost update.
    /// </summary>
    /// <remarks>
    /// The stale-copy rule lives here, whole: a turn that changes nothing (e.g. <c>help</c>, an answer the step
    /// refused) writes nothing, so no ETag check tells whether the copy was current. Such a turn reads the state once;
    /// when another instance moved the conversation on, the turn runs again on what is stored.
    /// </remarks>
    public ValueTask<TurnResult> RunTurnAsync(TurnInput input, StoredDialogState? knownState, CancellationToken cancellationToken = default) =>
        RunAsync(input, knownState, knownAbsent: false, cancellationToken);

    /// <summary>
    /// Runs the first turn of a conversation the host has good reason to think has no stored state yet (its user's
    /// conversation reference was just created), saving the read: the state is inserted. If state was stored after all,
    /// the insert conflicts and the turn is read and run again, as after any lost race, so nothing is overwritten.
    /// </summary>
    /// <exception cref="DialogTurnConflictException">Concurrent turns won every attempt.</exception>
    public ValueTask<TurnResult> RunNewConversationTurnAsync(TurnInput input, CancellationToken cancellationToken = default) =>
        RunAsync(input, knownState: null, knownAbsent: true, cancellationToken);

    private async ValueTask<TurnResult> RunAsync(TurnInput input, StoredDialogState? knownState, bool knownAbsent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(input.ConversationKey);
        int maxAttempts = Math.Max(1, _options.MaxTurnAttempts);
        bool haveState = knownState is not null || knownAbsent;
        bool mayBeStale = haveState;
        StoredDialogState? stored = knownState;
        for (int attempt = 1; ; attempt++)
        {
            _store.BeginTurnAttempt(input.ConversationKey);
            if (!haveState)
            {
                stored = await _store.ReadAsync(input.ConversationKey, cancellationToken).ConfigureAwait(false);
            }

            bool checkIfStale = mayBeStale;
            haveState = false;
            mayBeStale = false;
            DialogState? state = Load(stored);
            bool readable = state is not null;
            state ??= new DialogState();
            ApplyRenames(state.Stack);
            string? fingerprint = input.DeliveryId is null ? null : InputFingerprint.Of(input.DeliveryId);
            if (fingerprint is not null && state.RecentInputs.Contains(fingerprint))
            {
                return new TurnResult([], DialogTurnStatus.Waiting, stored, attempt, StateWritten: false, Duplicate: true);
            }

            DateTimeOffset now = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), input.TimeZone);
            if (stored is null)
            {
                // Nothing stored: the set's facts about an empty conversation hold, and are saved if this turn writes.
                state.Facts.AddRange(_dialogs.NewConversationFacts);
            }

            var dc = new DialogContext(_dialogs, _builtIns, state.Stack, input, now, _options, isNewConversation: stored is null, state.Facts);
            DialogTurnResult result = await RunDialogsAsync(dc, readable, cancellationToken).ConfigureAwait(false);
            if (fingerprint is not null)
            {
                Remember(state.RecentInputs, fingerprint, _options.RecentInputCapacity);
            }

            string json = DialogJson.Serialize(state);
            bool unchanged = stored is null ? state.Stack.Count == 0 && state.RecentInputs.Count == 0 : string.Equals(json, stored.StateJson, StringComparison.Ordinal);

            // Changes the store holds back for the state write go with it, so the state is written even when unchanged:
            // its ETag check then also tells whether the copy the turn ran on was current.
            if (unchanged && !_store.HasPendingWrites(input.ConversationKey))
            {
                if (checkIfStale)
                {
                    // No write, so no ETag check: the host's copy may be older than what another instance stored, and
                    // the answer was judged against an old step. One read tells; run again only if it moved on. (A
                    // turn with a delivery id always writes, and a duplicate's id is in the copy, so neither gets here.)
                    StoredDialogState? current = await _store.ReadAsync(input.ConversationKey, cancellationToken).ConfigureAwait(false);
                    if (current?.ETag != stored?.ETag)
                    {
                        stored = current;
                        haveState = true;
                        continue;
                    }
                }

                return new TurnResult(dc.Replies, result.Status, stored, attempt, StateWritten: false);
            }

            try
            {
                string eTag = await _store.WriteAsync(input.ConversationKey, json, stored?.ETag, cancellationToken).ConfigureAwait(false);
                return new TurnResult(dc.Replies, result.Status, new StoredDialogState(json, eTag), attempt, StateWritten: true);
            }
            catch (DialogStateConflictException ex) when (attempt >= maxAttempts)
            {
                throw new DialogTurnConflictException(
                    $"Conversation '{input.ConversationKey}' changed under this turn {attempt} times in a row; nothing was saved or sent.", ex);
            }
            catch (DialogStateConflictException)
            {
                // Another turn won: start again from its state so neither update is lost.
            }
        }
    }

    private static void Remember(List<string> recent, string fingerprint, int capacity)
    {
        recent.Add(fingerprint);
        if (recent.Count > Math.Max(1, capacity))
        {
            recent.RemoveRange(0, recent.Count - Math.Max(1, capacity));
        }
    }

    private static DialogState? Load(StoredDialogState? stored)
    {
        if (stored is null)
        {
            return new DialogState();
        }

        try
        {
            DialogState? state = DialogJson.Deserialize(stored.StateJson);
            return state is { Schema: DialogState.CurrentSchema } ? state : null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            // Written by an incompatible build: treated like a changed dialog (apologise, back to the menu).
            return null;
        }
    }

    private static FrozenDictionary<string, InterruptionKind> BuildInterruptions(InterruptionOptions options)
    {
        var map = new Dictionary<string, InterruptionKind>(StringComparer.Ordinal);
        Add(options.Help, InterruptionKind.Help);
        Add(options.Cancel, InterruptionKind.Cancel);
        Add(options.Restart, InterruptionKind.Restart);
        Add(options.Menu, InterruptionKind.Menu);
        Add(options.Back, InterruptionKind.Back);
        return map.ToFrozenDictionary(StringComparer.Ordinal);

        void Add(IReadOnlyCollection<string> words, InterruptionKind kind)
        {
            foreach (string word in words)
            {
                string normalized = TextNormalizer.Normalize(word);
                if (normalized.Length == 0)
                {
                    // "?" normalises to nothing (trailing punctuation), so it is matched verbatim.
                    normalized = word.Trim();
                }

                map.TryAdd(normalized, kind);
            }
        }
    }

    private async ValueTask<DialogTurnResult> RunDialogsAsync(DialogContext dc, bool readable, CancellationToken cancellationToken)
    {
        if (!readable || !IsCurrent(dc))
        {
            dc.ClearStack();
            dc.Send(_options.Messages.VersionChanged);
            return await dc.BeginDialogAsync(_options.RootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        if (dc.Input.Opened && dc.Input.Text is null && dc.Input.Value is null && dc.ActiveDialog is not null)
        {
            dc.Send(_options.Messages.WelcomeBack);
            await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }

        if (ButtonPayload.TryGetStart(dc.Input.Value, out string startId, out JsonElement? startOptions) && CanBeStarted(dc.FindDialog(startId)))
        {
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await dc.BeginDialogAsync(startId, startOptions, cancellationToken).ConfigureAwait(false);
        }

        if (dc.ActiveDialog is not null)
        {
            InterruptionKind interruption = MatchInterruption(dc.Input);
            if (interruption != InterruptionKind.None && !NamesAnOffer(dc))
            {
                return await InterruptAsync(dc, interruption, cancellationToken).ConfigureAwait(false);
            }
        }

        DialogTurnResult result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(_options.RootDialogId, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Flows can be started by a button; prompts (which need <see cref="Prompts.PromptOptions"/>) and engine dialogs cannot.</summary>
    private static bool CanBeStarted(Dialog? dialog)
    {
        if (dialog is null or CancelConfirmationDialog)
        {
            return false;
        }

        for (Type? type = dialog.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Prompts.Prompt<>))
            {
                return false;
            }
        }

        return true;
    }

    private void ApplyRenames(List<DialogInstance> stack)
    {
        for (int i = 0; i < stack.Count; i++)
        {
            string current = _dialogs.CurrentId(stack[i].Id);
            if (!ReferenceEquals(current, stack[i].Id))
            {
                stack[i] = stack[i] with { Id = current };
            }

            // The questions kept for "go back" name their prompts too.
            if (stack[i].Asked is { } asked)
            {
                for (int j = 0; j < asked.Count; j++)
                {
                    string prompt = _dialogs.CurrentId(asked[j].PromptId);
                    if (!ReferenceEquals(prompt, asked[j].PromptId))
                    {
                        asked[j] = asked[j] with { PromptId = prompt };
                    }
                }
            }
        }
    }

    private static bool IsCurrent(DialogContext dc)
    {
        foreach (DialogInstance instance in dc.Stack)
        {
            Dialog? dialog = dc.FindDialog(instance.Id);
            if (dialog is null || !string.Equals(dialog.Version, instance.Version, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the text is the title or a synonym of an option the waiting question shows: "Start over" typed at
    /// "change one part, or start over?" picks that option rather than restarting the flow it belongs to.
    /// </summary>
    private static bool NamesAnOffer(DialogContext dc)
    {
        if (dc.ActiveDialog?.Prompt?.Choices is not { Count: > 0 } choices || dc.Input.Text is not { } text)
        {
            return false;
        }

        string said = TextNormalizer.Normalize(text);
        return choices.Any(c => TextNormalizer.Normalize(c.Title) == said || c.Synonyms.Any(s => TextNormalizer.Normalize(s) == said));
    }

    private InterruptionKind MatchInterruption(TurnInput input)
    {
        if (input.Value is not null || input.Text is not { Length: > 0 and <= 64 } text)
        {
            return InterruptionKind.None;
        }

        string normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            normalized = text.Trim();
        }

        if (_interruptions.TryGetValue(normalized, out InterruptionKind kind))
        {
            return kind;
        }

        // "wait, go back", "oops undo that": the lead-in and commas say nothing about what is wanted.
        string bare = BackLeadIn().Replace(normalized.Replace(",", string.Empty, StringComparison.Ordinal), string.Empty);
        return _interruptions.GetValueOrDefault(bare) == InterruptionKind.Back ? InterruptionKind.Back : InterruptionKind.None;
    }

    [GeneratedRegex(@"^(?:(?:wait|oops|sorry|actually|no|hang on|hold on|um|oh|please)[\s.!]+)+|[\s]+please$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BackLeadIn();

    private async ValueTask<DialogTurnResult> InterruptAsync(DialogContext dc, InterruptionKind interruption, CancellationToken cancellationToken)
    {
        DialogInstance active = dc.ActiveDialog!;
        bool confirming = active.Id == CancelConfirmationDialog.DialogId;
        switch (interruption)
        {
            case InterruptionKind.Help:
                string? help = confirming ? _options.Messages.ConfirmCancelHelp : dc.FindDialog(active.Id)?.GetHelp(active);
                dc.Send(help ?? _options.Messages.GenericHelp);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return DialogTurnResult.Waiting;

            case InterruptionKind.Cancel when confirming:
                return await CancelConfirmationDialog.ConfirmAsync(dc, cancellationToken).ConfigureAwait(false);

            case InterruptionKind.Cancel when HasUnsavedChanges(dc):
                return await dc.BeginDialogAsync(CancelConfirmationDialog.DialogId, null, cancellationToken).ConfigureAwait(false);

            case InterruptionKind.Cancel:
                return await dc.ResetToRootAsync(_options.Messages.Cancelled, cancellationToken).ConfigureAwait(false);

            case InterruptionKind.Restart:
                return await RestartAsync(dc, cancellationToken).ConfigureAwait(false);

            case InterruptionKind.Back:
                return await GoBackAsync(dc, cancellationToken).ConfigureAwait(false);

            default:
                return await dc.ResetToRootAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool HasUnsavedChanges(DialogContext dc)
    {
        foreach (DialogInstance instance in dc.Stack)
        {
            if (dc.FindDialog(instance.Id)?.HasUnsavedChanges(instance) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Go back" inside a flow asks the previous question again; with none (the flow's first question, or answers
    /// already saved) the waiting question is asked again with a note saying so, and nothing is lost. At the menu,
    /// where there is no flow to step back in, it shows the menu.
    /// </summary>
    private async ValueTask<DialogTurnResult> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        int flow = dc.Stack.Count > 0 && dc.Stack[0].Id == _options.RootDialogId ? 1 : 0;
        bool inFlow = dc.Stack.Count > flow && dc.Stack[flow].Prompt is null;
        if (!inFlow)
        {
            return await dc.ResetToRootAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (await WaterfallDialog.TryGoBackAsync(dc, flow, _options.Messages.WentBack, cancellationToken).ConfigureAwait(false))
        {
            return DialogTurnResult.Waiting;
        }

        dc.Send(_options.Messages.CannotGoBack);
        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Restarts the top-level flow: the dialog just above the root menu, or the root itself when nothing is above it.</summary>
    private async ValueTask<DialogTurnResult> RestartAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Above the root sits either a flow the menu began, or just the menu's own prompt (then the menu restarts).
        bool flowAboveRoot = dc.Stack.Count > 1
            && dc.Stack[0].Id == _options.RootDialogId
            && dc.Stack[1].Prompt is null
            && dc.Stack[1].Id != CancelConfirmationDialog.DialogId;
        int index = flowAboveRoot ? 1 : 0;
        DialogInstance flow = dc.Stack[index];

        while (dc.Stack.Count > index)
        {
            await dc.PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        dc.Send(_options.Messages.Restarting);
        return await dc.BeginDialogAsync(flow.Id, flow.Options, cancellationToken).ConfigureAwait(false);
    }
}
