using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// Changes when reminders may arrive: a start and end hour, and weekdays only or every day. Whatever the user gives at
/// once ("weekdays 6pm to 9pm", begun from the menu or typed at the first question) is not asked again.
/// </summary>
internal sealed class QuietHoursDialog : WaterfallDialog
{
    public const string DialogId = "reminders.quiet-hours";

    private const string StartKey = "start";
    private const string EndKey = "end";
    private const string DaysKey = "days";

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
        Remember(step, TypedHours.Read(step.GetOptions<QuietHoursOptions>()?.Text), loneTimeIsStart: false);
        if (step.Values.TryGet<int>(StartKey, out _))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        ReminderSettings settings = await _services.Reminders!.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(RemindersPrompts.Hours, new PromptOptions
        {
            Prompt = $"Right now reminders arrive {ReminderPresenter.Window(settings.QuietHours)}. From what time may I send them? The whole window is fine too, e.g. _9 to 6_, _6pm to 9pm_ or _after 7pm_.",
            Help = "Outside these hours I stay quiet and hold reminders until the next allowed time. Hours are whole: **9** means 09:00.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskEndAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> answer)
        {
            if (!answer.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            Remember(step, TypedHours.Read(answer.Value), loneTimeIsStart: true);
        }

        if (step.Values.TryGet<int>(EndKey, out _))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(RemindersPrompts.Hours, new PromptOptions
        {
            Prompt = $"From {step.Values.Get<int>(StartKey):00}:00. And until what time? e.g. **9pm** or **21:00** (reminders stop on the hour).",
            Help = "The time reminders stop. It must come after the start: quiet hours can't run across midnight.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskDaysAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> answer)
        {
            if (!answer.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            // The answer to "until when?" is an end, however it was worded ("9pm", "till 9", "6 to 9" gives 9).
            TypedHours.Window typed = TypedHours.Read(answer.Value);
            if (TypedHours.ReadEnd(answer.Value, step.Values.Get<int>(StartKey)) is int end)
            {
                step.Values.Set(EndKey, end);
            }

            if (typed.Days is { } days)
            {
                step.Values.Set(DaysKey, (int)days);
            }
        }

        int start = step.Values.Get<int>(StartKey);
        int until = step.Values.Get<int>(EndKey);
        if (until <= start)
        {
            step.Send($"The end has to come after the start ({start:00}:00), and I can't run reminders across midnight. Let's try again.");
            return await step.ReplaceDialogAsync(DialogId, null, cancellationToken).ConfigureAwait(false);
        }

        if (step.Values.TryGet<int>(DaysKey, out _))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = $"{start:00}:00-{until:00}:00. Weekdays only? Say **no** to get reminders at weekends too.",
            Help = "**Yes**: Monday to Friday. **No**: every day.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        AllowedDays days;
        if (step.Result is PromptResult<bool> weekdaysOnly)
        {
            if (!weekdaysOnly.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            days = weekdaysOnly.Value ? AllowedDays.Weekdays : AllowedDays.Everyday;
        }
        else
        {
            days = (AllowedDays)step.Values.Get<int>(DaysKey);
        }

        var hours = new QuietHours(new TimeOnly(step.Values.Get<int>(StartKey), 0), new TimeOnly(step.Values.Get<int>(EndKey), 0), days);
        IReminderScheduler reminders = _services.Reminders!;
        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        await reminders.SetSettingsAsync(step.UserKey, settings.TimeZone.Id, hours, cancellationToken).ConfigureAwait(false);
        step.MarkSaved();
        step.Send($"Saved: reminders arrive {ReminderPresenter.Window(hours)} ({settings.TimeZone.Id}).");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps what the text gave; a lone time answering "from when?" is the start, whatever word came before it.</summary>
    private static void Remember(WaterfallStepContext step, TypedHours.Window window, bool loneTimeIsStart)
    {
        int? start = window.Start;
        int? end = window.End;
        if (loneTimeIsStart && window.Start is null && window.End is int only)
        {
            (start, end) = (only, null);
        }

        if (start is int from)
        {
            step.Values.Set(StartKey, from);
        }

        if (end is int until)
        {
            step.Values.Set(EndKey, until);
        }

        if (window.Days is { } days)
        {
            step.Values.Set(DaysKey, (int)days);
        }
    }
}

/// <summary>How quiet hours were begun: the words typed with the request ("weekdays after 6pm"), if any.</summary>
internal sealed record QuietHoursOptions(string? Text);
