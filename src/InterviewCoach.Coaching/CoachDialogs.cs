using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching;

/// <summary>Every coaching flow, registered for the engine, and the commands that start them.</summary>
public static class CoachDialogs
{
    public const string MenuDialogId = "menu";

    public static IReadOnlyList<CoachCommand> Commands { get; } = [];

    public static DialogSet Create(CoachServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var set = new DialogSet();
        set.Add(new WaterfallDialog(MenuDialogId, [
            (step, cancellationToken) =>
            {
                step.Send("Hi! I'm your informational-interview coach.");
                return step.EndDialogAsync(cancellationToken: cancellationToken);
            },
        ]));
        return set;
    }
}
