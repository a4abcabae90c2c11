using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>Changes the time zone reminders follow, keeping the user's quiet hours.</summary>
internal sealed class ReminderTimeZoneDialog : WaterfallDialog
{
    public const string DialogId = "reminders.time-zone";

    private readonly CoachServices _services;

    public ReminderTimeZoneDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskAsync);
        AddStep(SaveAsync);
    }

    private async ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ReminderSettings settings = await _services.Reminders!.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        TimeZoneInfo detected = step.TimeZone;
        string hint = detected != TimeZoneInfo.Utc && detected.Id != settings.TimeZone.Id
            ? $" Your chat app says **{detected.Id}**: type **yes** to use that."
            : string.Empty;
        return await step.PromptAsync(RemindersPrompts.TimeZone, new PromptOptions
        {
            Prompt = $"Which time zone are you in? Right now I use **{settings.TimeZone.Id}**. Type a zone like **Europe/London** or a city like **Chicago**.{hint}",
            Help = "Reminders arrive in your working hours, so I need your zone. Zone names look like **America/New_York**; big city names work too.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = (PromptResult<string>)step.Result!;
        if (!answer.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        IReminderScheduler reminders = _services.Reminders!;
        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        await reminders.SetSettingsAsync(step.UserKey, answer.Value!, settings.QuietHours, cancellationToken).ConfigureAwait(false);
        step.Send($"Done: reminders now follow **{answer.Value}**, {ReminderPresenter.Window(settings.QuietHours)}.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
