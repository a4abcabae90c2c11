using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching.Debrief;

/// <summary><c>weekly review</c>: this week's debriefs side by side, then back to wherever the user came from.</summary>
internal sealed class WeeklyReviewDialog(CoachServices services) : Dialog(DialogId)
{
    public const string DialogId = "weekly-review";

    public override async ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        IReadOnlyList<DebriefRecord> week = WeeklyReview.ThisWeek(await DebriefStore.ListAsync(services, dc.Input.UserKey, cancellationToken).ConfigureAwait(false), dc.Now);
        if (week.Count == 0)
        {
            dc.Send("No debriefs this week yet. After each conversation, type **debrief**: the summaries are what you'll compare here.");
        }
        else
        {
            dc.Send(WeeklyReview.Card(week, dc.Now));
        }

        return await dc.EndDialogAsync(week.Count, cancellationToken).ConfigureAwait(false);
    }
}
