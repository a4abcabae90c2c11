using InterviewCoach.Dialogs.Serialization;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs;

/// <summary>
/// A dialog that runs ordered steps, each receiving the previous step's result (Bot Builder's
/// <c>WaterfallDialog</c>). Past the last step the dialog ends with the last result.
/// </summary>
/// <remarks>
/// Open for inheritance so that a flow can take its dependencies in its constructor and add its own methods
/// as steps with <see cref="AddStep"/>. The persisted version is <c>"{version}:{step count}"</c>, so adding or
/// removing a step resets conversations that were inside the old shape.
/// </remarks>
public class WaterfallDialog : Dialog
{
    /// <summary>How many of its latest questions a waterfall keeps for "go back" (the one waiting included).</summary>
    public const int AskedCapacity = 4;

    private readonly List<WaterfallStep> _steps = [];
    private readonly string _baseVersion;
    private string _version;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null, string version = "1")
        : base(id, version)
    {
        _baseVersion = version;
        if (steps is not null)
        {
            _steps.AddRange(steps);
        }

        _version = ComposeVersion();
    }

    public override string Version => _version;

    public int StepCount => _steps.Count;

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        _version = ComposeVersion();
        return this;
    }

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        DialogInstance instance = dc.ActiveDialog!;
        instance.OptionsObject = options;
        instance.Options = DialogJson.ToElement(options);
        instance.Step = 0;
        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message arrived while a step waited without a prompt: the next step gets the text (or the button value).</summary>
    public override ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        object? result = dc.Input.Text is { Length: > 0 } text
            ? text
            : (object?)dc.Input.Choice ?? dc.Input.Value;
        return ResumeDialogAsync(dc, DialogReason.EndCalled, result, cancellationToken);
    }

    public override ValueTask<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        DialogInstance instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, instance.Step + 1, reason, result, cancellationToken);
    }

    public override bool HasUnsavedChanges(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Values is { Count: > 0 } && !instance.Saved;
    }

    /// <summary>
    /// "Go back": asks again the question answered before the one waiting, in the innermost waterfall of the flow that
    /// can (a child flow with no earlier question hands over to the flow that began it). Everything above that
    /// waterfall ends and its answer goes to the step after the one that asked it, so later steps run again with the new
    /// answer. False when there is no earlier question, or the answers since it are already saved.
    /// </summary>
    /// <param name="dc">The turn.</param>
    /// <param name="lowest">The lowest stack index that may be stepped back into (the first flow above the root).</param>
    /// <param name="note">Said before the question is asked again.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    internal static async ValueTask<bool> TryGoBackAsync(DialogContext dc, int lowest, string note, CancellationToken cancellationToken)
    {
        for (int i = dc.Stack.Count - 1; i >= lowest; i--)
        {
            DialogInstance instance = dc.Stack[i];
            if (dc.FindDialog(instance.Id) is not WaterfallDialog)
            {
                continue;
            }

            List<AskedQuestion> asked = instance.Asked ?? [];

            // The waiting question is the newest entry only while its prompt sits right above the waterfall.
            bool waiting = asked.Count > 0 && i + 1 < dc.Stack.Count && dc.Stack[i + 1].Prompt is not null
                && string.Equals(dc.Stack[i + 1].Id, asked[^1].PromptId, StringComparison.Ordinal) && asked[^1].Step == instance.Step;
            int target = waiting ? asked.Count - 2 : asked.Count - 1;
            if (target < 0)
            {
                // Saved before the waiting question: stepping back, here or into the flow above, would save twice.
                if (instance.SavedPastQuestions)
                {
                    return false;
                }

                continue;
            }

            AskedQuestion question = asked[target];
            while (dc.Stack.Count > i + 1)
            {
                await dc.PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
            }

            asked.RemoveRange(target, asked.Count - target);
            instance.Step = question.Step;
            instance.Attempts = 0;
            dc.Send(note);
            await dc.PromptAsync(question.PromptId, question.Prompt, cancellationToken).ConfigureAwait(false);
            asked.Add(question);
            return true;
        }

        return false;
    }

    private static void Remember(DialogInstance instance, AskedQuestion question)
    {
        List<AskedQuestion> asked = instance.Asked ??= [];
        if (asked.Count == AskedCapacity)
        {
            asked.RemoveAt(0);
        }

        asked.Add(question);
    }

    private string ComposeVersion() => string.Concat(_baseVersion, ":", _steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async ValueTask<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        instance.Step = index;
        int depth = dc.Stack.Count;
        var step = new WaterfallStepContext(this, dc, instance, index, reason, result);
        DialogTurnResult turn = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        // The step asked a question of its own (not one a later step asked after NextAsync): remembered for "go back".
        if (instance.Step == index && dc.Stack.Count == depth + 1 && ReferenceEquals(dc.Stack[^2], instance) && dc.Stack[^1].Prompt is { } asked)
        {
            Remember(instance, new AskedQuestion(index, dc.Stack[^1].Id, asked));
        }

        if (instance.Values is { Changed: true } values)
        {
            // A value set after the last MarkSaved is an answer the user would lose by cancelling.
            instance.Saved = false;
            values.Changed = false;
        }

        return turn;
    }
}
