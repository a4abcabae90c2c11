using InterviewCoach.Coaching.Questions;
using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching;

/// <summary>
/// The second set of coaching flows: question lists, meeting-day prep, debriefs, progress, and the user's data
/// (export and deletion). Register them next to the other flows and add <see cref="Commands"/> to the menu's table.
/// </summary>
public static class FlowsTwo
{
    public const string QuestionsDialogId = QuestionsDialog.DialogId;

    /// <summary>Every command these flows answer to, in menu order.</summary>
    public static IReadOnlyList<CoachCommand> Commands { get; } =
    [
        new("questions", "Plan my questions", "build the list of questions for a conversation", QuestionsDialogId,
            ["question list", "my questions", "plan questions", "prepare questions", "what to ask", "questions to ask"]),
    ];

    /// <summary>
    /// Adds the flows and their prompts to <paramref name="set"/>. Without <paramref name="hooks"/> nothing is
    /// scheduled or erased outside the user's records, and the flows say nothing about reminders.
    /// </summary>
    public static void Register(DialogSet set, CoachServices services, IFlowsTwoHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(services);
        FlowsTwoPrompts.Register(set);
        set.Add(new QuestionsDialog(services))
            .Add(new QuestionEditDialog());
        _ = hooks;
    }
}
