using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>The prompts of the <c>reminders</c> flow that validate their answers.</summary>
internal static class RemindersPrompts
{
    /// <summary>A time zone: the validated answer is the zone's id.</summary>
    public const string TimeZone = "reminders.prompt.time-zone";

    /// <summary>A snooze time that must be in the future.</summary>
    public const string SnoozeUntil = "reminders.prompt.snooze-until";

    /// <summary>The list of reminders: card buttons, their titles, or a typed "snooze 2 till tomorrow".</summary>
    public const string ListAction = "reminders.prompt.list-action";

    /// <summary>A time of day or a window of hours, typed as people type them (<see cref="TypedHours"/>).</summary>
    public const string Hours = "reminders.prompt.hours";

    /// <summary>The answer meaning "use the zone my chat app reports".</summary>
    public const string UseDetected = "yes";

    private static readonly string[] s_confirmWords = [UseDetected, "y", "yes please", "use it", "that one", "ok"];

    public static void Register(DialogSet set)
    {
        set.Add(new Menu.CardActionPrompt(ListAction, TypedReminderAction.Read, TypedReminderAction.RetryHint))
            .Add(new TextPrompt(TimeZone, ValidateTimeZoneAsync))
            .Add(new TextPrompt(Hours, ValidateHoursAsync))
            // "push it to friday 10am", "make it next tuesday morning please": the new time is often said in a sentence.
            .Add(new DateTimePrompt(SnoozeUntil, ValidateSnoozeAsync, inSentence: true));
    }

    private static ValueTask<bool> ValidateHoursAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        TypedHours.Window window = TypedHours.Read(context.Value);
        bool named = window.Start is not null || window.End is not null;
        if (!named)
        {
            context.RetryMessage = "I need a time, like **9**, **18:00** or **6pm**. " + context.Options.Prompt;
        }

        return ValueTask.FromResult(named);
    }

    private static ValueTask<bool> ValidateTimeZoneAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        string answer = context.Value.Trim();
        TimeZoneInfo detected = context.Context.Input.TimeZone;
        if (s_confirmWords.Contains(answer, StringComparer.OrdinalIgnoreCase) && detected != TimeZoneInfo.Utc)
        {
            context.Value = detected.Id;
            return ValueTask.FromResult(true);
        }

        if (TimeZoneNames.TryResolve(answer, out TimeZoneInfo? zone))
        {
            context.Value = zone.Id;
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "I don't know that time zone. Try an id like **Europe/London** or **America/New_York**, or a big city near you such as **Paris** or **Chicago**.";
        return ValueTask.FromResult(false);
    }

    private static ValueTask<bool> ValidateSnoozeAsync(PromptValidatorContext<DateTimeResolution> context, CancellationToken cancellationToken)
    {
        DateTimeOffset now = context.Context.Now;
        bool future = context.Value.HasTime ? context.Value.Value > now : context.Value.Date > DateOnly.FromDateTime(now.DateTime);
        if (!future)
        {
            context.RetryMessage = "That time has already passed. When should it come back? For example **tomorrow at 10am** or **Friday**.";
        }

        return ValueTask.FromResult(future);
    }
}
