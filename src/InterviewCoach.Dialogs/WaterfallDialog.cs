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

    private string ComposeVersion() => string.Concat(_baseVersion, ":", _steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async ValueTask<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        instance.Step = index;
        var step = new WaterfallStepContext(this, dc, instance, index, reason, result);
        DialogTurnResult turn = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        if (instance.Values is { Changed: true } values)
        {
            // A value set after the last MarkSaved is an answer the user would lose by cancelling.
            instance.Saved = false;
            values.Changed = false;
        }

        return turn;
    }
}
