using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Tests.MeetingFlows;

/// <summary>A stand-in for the coaching menu: starts the flow whose command (or alias) the user typed.</summary>
internal sealed class TestRootDialog(IReadOnlyList<CoachCommand> commands) : Dialog(DialogId)
{
    public const string DialogId = "test-root";
    public const string Prompt = "Test menu: type a command.";
    public const string Resumed = "Test menu: flow ended.";

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RouteAsync(dc, cancellationToken);

    public override ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RouteAsync(dc, cancellationToken);

    public override ValueTask<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        dc.Send(Resumed);
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    private async ValueTask<DialogTurnResult> RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        string typed = TextNormalizer.Normalize(dc.Input.Text ?? string.Empty);
        CoachCommand? command = commands.FirstOrDefault(c =>
            TextNormalizer.Normalize(c.Keyword) == typed || c.Aliases.Any(a => TextNormalizer.Normalize(a) == typed));
        if (command is not null)
        {
            return await dc.BeginDialogAsync(command.DialogId, null, cancellationToken);
        }

        dc.Send(Prompt);
        return DialogTurnResult.Waiting;
    }
}
