using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>Changes when reminders may arrive: a start and end hour, and weekdays only or every day.</summary>
internal sealed class QuietHoursDialog : WaterfallDialog
{
    public const string DialogId = "reminders.quiet-hours";

    private readonly CoachServices _services;

    public QuietHoursDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskStartAsync);
        AddStep(AskEndAsync);
        AddStep(AskDaysAsync);
        AddStep(SaveAsync);
    }

    private async ValueTask<DialogTurnResult> AskStartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ReminderSettings settings = await _services.Reminders!.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(CoachPrompts.Number, new PromptOptions
        {
            Prompt = $"Right now reminders arrive {ReminderPresenter.Window(settings.QuietHours)}. From what hour may I send them? A whole hour from 0 to 23 (**9** means 09:00).",
            Help = "Outside these hours I stay quiet and hold reminders until the next allowed time.",
            Min = 0,
            Max = 23,
            WholeNumber = true,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskEndAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = (PromptResult<decimal>)step.Result!;
        if (!answer.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("start", (int)answer.Value);
        return await step.PromptAsync(CoachPrompts.Number, new PromptOptions
        {
            Prompt = "And until what hour? A whole hour from 1 to 23 (**18** means reminders stop at 18:00).",
            Help = "The hour reminders stop. It must come after the start: quiet hours can't run across midnight.",
            Min = 1,
            Max = 23,
            WholeNumber = true,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskDaysAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = (PromptResult<decimal>)step.Result!;
        if (!answer.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        int start = step.Values.Get<int>("start");
        int end = (int)answer.Value;
        if (end <= start)
        {
            step.Send($"The end has to come after the start ({start:00}:00), and I can't run reminders across midnight. Let's try again.");
            return await step.ReplaceDialogAsync(DialogId, null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("end", end);
        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = "Weekdays only? Say **no** to get reminders at weekends too.",
            Help = "**Yes**: Monday to Friday. **No**: every day.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = (PromptResult<bool>)step.Result!;
        if (!answer.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var hours = new QuietHours(
            new TimeOnly(step.Values.Get<int>("start"), 0),
            new TimeOnly(step.Values.Get<int>("end"), 0),
            answer.Value ? AllowedDays.Weekdays : AllowedDays.Everyday);
        IReminderScheduler reminders = _services.Reminders!;
        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        await reminders.SetSettingsAsync(step.UserKey, settings.TimeZone.Id, hours, cancellationToken).ConfigureAwait(false);
        step.MarkSaved();
        step.Send($"Saved: reminders arrive {ReminderPresenter.Window(hours)} ({settings.TimeZone.Id}).");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
