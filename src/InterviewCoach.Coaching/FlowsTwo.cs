using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Prep;
using InterviewCoach.Coaching.Privacy;
using InterviewCoach.Coaching.Progress;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching;

/// <summary>
/// The second set of coaching flows: question lists, meeting-day prep, debriefs, progress, closing the loop when
/// the search ends, and the user's data (export and deletion). Register them next to the other flows and add
/// <see cref="Commands"/> to the menu's command table.
/// </summary>
/// <remarks>
/// The question, prep and debrief flows may be begun with <see cref="ContactFlowOptions"/> (from a reminder or a
/// contact card) to skip the "which contact?" question.
/// </remarks>
public static class FlowsTwo
{
    public const string QuestionsDialogId = QuestionsDialog.DialogId;
    public const string PrepDialogId = PrepDialog.DialogId;
    public const string DebriefDialogId = DebriefDialog.DialogId;
    public const string ProgressDialogId = ProgressDialog.DialogId;
    public const string SearchEndedDialogId = SearchEndedDialog.DialogId;
    public const string ExportDataDialogId = ExportDataDialog.DialogId;
    public const string DeleteDataDialogId = DeleteDataDialog.DialogId;

    /// <summary>Every command these flows answer to, in menu order; the privacy and search-ended ones are listed in help only.</summary>
    public static IReadOnlyList<CoachCommand> Commands { get; } =
    [
        new("questions", "Plan my questions", "build the list of questions for a conversation", QuestionsDialogId,
            ["question list", "my questions", "plan questions", "prepare questions", "what to ask", "questions to ask"]) { ParseArguments = ContactFlowOptions.FromArguments },
        new("prep", "Get ready for a meeting", "a checklist for the day of a conversation", PrepDialogId,
            ["prepare", "meeting prep", "meeting day", "checklist", "get ready", "prep checklist"]) { ParseArguments = ContactFlowOptions.FromArguments },
        new("debrief", "Debrief a conversation", "record what you learned, draft the thank-you and plan follow-ups", DebriefDialogId,
            ["log a meeting", "how it went", "after the meeting", "record a conversation", "i met someone"]) { ParseArguments = ContactFlowOptions.FromArguments },
        new("thankyou", "Thank-you note", "see the thank-you drafted at your last debrief and mark it sent", ThankYouDialog.DialogId,
            ["thank you", "thank-you", "thank you note", "thank-you note"]) { InMenu = false, ParseArguments = ContactFlowOptions.FromArguments },
        new("weekly review", "Weekly review", "this week's debriefs side by side, to compare what you learned", WeeklyReviewDialog.DialogId,
            ["week review", "review my week", "my week", "compare my conversations", "this week's debriefs"]) { InMenu = false },
        new("progress", "My progress", "contacts by stage, this week's conversations, referrals and thank-yous", ProgressDialogId,
            ["my progress", "stats", "how am i doing", "dashboard", "referral tree"]),
        new("search ended", "My search is over", "tell everyone who helped how it turned out", SearchEndedDialogId,
            ["search over", "my search is over", "close the loop", "i found a job", "i got a job"]) { InMenu = false },
        new("export my data", "Export my data", "everything I keep about you, as JSON", ExportDataDialogId,
            ["export", "export data", "download my data", "my data"]) { InMenu = false },
        new("delete my data", "Delete my data", "delete everything I keep about you", DeleteDataDialogId,
            ["delete data", "delete everything", "erase my data", "forget me", "delete my account"]) { InMenu = false },
    ];

    /// <summary>
    /// Adds the flows and their prompts to <paramref name="set"/>. Without <paramref name="hooks"/> nothing is
    /// scheduled, exported or erased outside the user's records, and the flows say nothing about reminders.
    /// </summary>
    public static void Register(DialogSet set, CoachServices services, IFlowsTwoHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(services);
        FlowsTwoPrompts.Register(set);
        QuestionsDialog.RegisterPrompts(set);
        set.Add(new QuestionsDialog(services))
            .Add(new QuestionEditDialog(services.Embedder))
            .Add(new PrepDialog(services))
            .Add(new DebriefDialog(services))
            .Add(new ReferralLoopDialog())
            .Add(new DebriefNextStepsDialog(services))
            .Add(new WeeklyReviewDialog(services))
            .Add(new ThankYouDialog(services))
            .Add(new ProgressDialog(services))
            .Add(new SearchEndedDialog(services))
            .Add(new ExportDataDialog(services, hooks))
            .Add(new DeleteDataDialog(services, hooks));
    }
}
