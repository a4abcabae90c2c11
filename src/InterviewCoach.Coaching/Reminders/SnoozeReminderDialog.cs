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

    private static ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // "snooze the first one till monday": the time came with the request, so it is not asked for again.
        if (step.Input.Value is null && Until(step.Input.Text) is { } typed
            && DateTimeRecognizer.TryRecognize(typed, step.Now, step.Input.TimeZone, out DateTimeResolution? when)
            && (when.HasTime ? when.Value > step.Now : when.Date > DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(step.Now, step.Input.TimeZone).DateTime)))
        {
            return step.NextAsync(new PromptResult<DateTimeResolution>(true, when, 1), cancellationToken);
        }

        return step.PromptAsync(RemindersPrompts.SnoozeUntil, new PromptOptions
        {
            Prompt = "When should it come back? Say something like **tomorrow at 10am**, **Friday** or **12 March 2pm**.",
            RetryPrompt = "I couldn't find a day or time in that. When should it come back? For example **tomorrow at 10am**, **Friday** or **12 March 2pm**.",
            Help = "Give a day, and a time if you like. A day on its own means the start of the hours you get reminders.",
        }, cancellationToken);
    }

    /// <summary>The words after the last "till", "until" or "to" of a typed snooze ("snooze 2 till monday 10am" → "monday 10am").</summary>
    internal static string? Until(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        int best = -1;
        int length = 0;
        foreach (string word in (string[])[" till ", " until ", " til ", " to "])
        {
            int at = text.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at > best)
            {
                (best, length) = (at, word.Length);
            }
        }

        return best < 0 ? null : text[(best + length)..].Trim().TrimEnd('.', '!', '?');
    }

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
