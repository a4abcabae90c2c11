using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>Snoozes one reminder until a time the user types (a date alone means the start of their allowed hours that day).</summary>
internal sealed class SnoozeReminderDialog : WaterfallDialog
{
    public const string DialogId = "reminders.snooze";

    private readonly CoachServices _services;

    public SnoozeReminderDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskAsync);
        AddStep(SnoozeAsync);
    }

    private static ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(RemindersPrompts.SnoozeUntil, new PromptOptions
        {
            Prompt = "When should it come back? Say something like **tomorrow at 10am**, **Friday** or **12 March 2pm**.",
            Help = "Give a day, and a time if you like. A day on its own means the start of the hours you get reminders.",
        }, cancellationToken);

    private async ValueTask<DialogTurnResult> SnoozeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = (PromptResult<DateTimeResolution>)step.Result!;
        IReminderScheduler reminders = _services.Reminders!;
        if (!answer.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        TimeZoneInfo zone = settings.TimeZone;
        DateTimeOffset until = answer.Value!.HasTime
            ? answer.Value.Value
            : ZonedTime.ToInstant(answer.Value.Date.ToDateTime(settings.QuietHours.Start), zone);
        until = settings.QuietHours.NextAllowed(until, zone);
        string id = step.GetOptions<ReminderRef>()!.ReminderId;
        bool snoozed = await reminders.SnoozeAsync(step.UserKey, id, until, cancellationToken).ConfigureAwait(false);
        step.Send(snoozed ? $"Snoozed. I'll bring it back **{ReminderPresenter.Due(until, zone)}**." : RemindersDialog.UnknownReminder);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
