using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching;

/// <summary>
/// Every coaching dialog, registered in one <see cref="DialogSet"/>, and the command table the menu and
/// <c>help</c> read. Run it with <c>new DialogRunnerOptions { RootDialogId = CoachDialogs.MenuDialogId }</c>.
/// </summary>
public static class CoachDialogs
{
    /// <summary>The root dialog: welcome, main actions and command routing.</summary>
    public const string MenuDialogId = "menu";

    private static readonly CoachCommand[] s_flowsOne =
    [
        new("goal", "Set my goals", "set or change your goals: fields, purposes and a weekly target", GoalDialog.DialogId, ["goals", "my goals", "set goals", "set my goals", "profile"]),
        new("help", "Help", "list everything I can do", HelpDialog.DialogId, ["commands", "what can you do", "options"]),
    ];

    /// <summary>
    /// Every command, in menu order. The menu buttons and the help list are built from it, so a flow becomes
    /// reachable by adding its commands here (and its dialogs in <see cref="Create"/>).
    /// </summary>
    public static IReadOnlyList<CoachCommand> Commands { get; } = [.. s_flowsOne];

    /// <summary>Builds the dialog set with every flow, its prompts and the menu.</summary>
    public static DialogSet Create(CoachServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var set = new DialogSet();
        CoachPrompts.Register(set);
        set.Add(new MenuDialog(Commands, services))
            .Add(new HelpDialog(Commands))
            .Add(new GoalDialog(services));
        GoalDialog.RegisterPrompts(set);
        return set;
    }
}
