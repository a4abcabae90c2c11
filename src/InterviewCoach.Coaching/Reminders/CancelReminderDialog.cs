using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>Cancels one upcoming reminder after a yes/no.</summary>
internal sealed class CancelReminderDialog : WaterfallDialog
{
    public const string DialogId = "reminders.cancel";

    private readonly CoachServices _services;

    public CancelReminderDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(ConfirmAsync);
        AddStep(CancelAsync);
    }

    private async ValueTask<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        IReminderScheduler reminders = _services.Reminders!;
        string id = step.GetOptions<ReminderRef>()!.ReminderId;
        IReadOnlyList<ScheduledReminder> upcoming = await reminders.ListUpcomingAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        if (upcoming.FirstOrDefault(r => r.Id == id) is not { } reminder)
        {
            step.Send(RemindersDialog.UnknownReminder);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        step.Values.Set("title", reminder.Title);
        step.Values.Set("dedupeKey", reminder.DedupeKey);
        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = $"Cancel **{reminder.Title}** (due {FollowThrough.Arrives(reminder, settings)})? I won't remind you about it again.",
            Help = "**Yes** cancels this reminder for good; **no** keeps it.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> CancelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = (PromptResult<bool>)step.Result!;
        string title = step.Values.Get<string>("title")!;
        if (!answer.Succeeded || !answer.Value)
        {
            step.Send($"Okay, I'll keep **{title}**.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        int cancelled = await _services.Reminders!.CancelAsync(
            step.UserKey, ReminderCancellation.ByDedupeKey(step.Values.Get<string>("dedupeKey")!), cancellationToken).ConfigureAwait(false);
        step.Send(cancelled > 0 ? $"Cancelled. I won't remind you about **{title}**." : RemindersDialog.UnknownReminder);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
