using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching.Menu;

/// <summary>Lists every command, then hands back to the menu.</summary>
internal sealed class HelpDialog(IReadOnlyList<CoachCommand> commands) : Dialog(DialogId)
{
    public const string DialogId = "help";

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        dc.Send(CommandHelp.Format(commands));
        return dc.EndDialogAsync(null, cancellationToken);
    }
}
