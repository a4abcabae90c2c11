using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Asks when a meeting is (typed, e.g. "Thursday at 10am", or picked; read in the user's time zone), then where
/// and how to get there and the meeting's time zone (one form). Ends with the <see cref="MeetingDetails"/>; the
/// caller saves them.
/// </summary>
internal sealed class MeetingDialog : WaterfallDialog
{
    public const string DialogId = "contact.meeting";
    public const string WhenPromptId = "contact.meeting-when";
    public const string WherePromptId = "contact.meeting-where";
    public const string PlaceField = "place";
    public const string DirectionsField = "directions";
    public const string TimeZoneField = "timeZone";
    public const string MinutesField = "minutes";

    private const string WhenKey = "when";

    public MeetingDialog()
        : base(DialogId)
    {
        AddStep(AskWhenAsync);
        AddStep(AskWhereAsync);
        AddStep(FinishAsync);
    }

    public static void RegisterPrompts(DialogSet set)
    {
        set.Add(new DateTimePrompt(WhenPromptId, ValidateWhenAsync))
            .Add(new FormPrompt(WherePromptId, ValidateWhereAsync));
    }

    private static async ValueTask<DialogTurnResult> AskWhenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string name = step.GetOptions<MeetingOptions>()?.ContactName ?? "them";
        return await step.PromptAsync(WhenPromptId, new PromptOptions
        {
            Prompt = $"When are you meeting {name}? For example _Thursday at 10am_ or _2026-03-12 14:30_.",
            Help = "Give the day and the time. I read times in your own time zone; you can set the meeting's time zone next.",
            MaxAttempts = 4,
            Form = new FormReply("meeting-when", "When", [new("date", "Date", FormFieldKind.Date) { Required = true }, new("time", "Time", FormFieldKind.Time) { Required = true }]),
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var when = (PromptResult<DateTimeResolution>)step.Result!;
        if (!when.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(WhenKey, when.Value!.Value);
        var form = new FormReply("meeting-where", "Where and how", [
            new(PlaceField, "Place, or call details", FormFieldKind.Text) { Required = true, Max = 300, Placeholder = "Their office, 4th floor / the café on Mill Road / phone: they'll call me" },
            new(DirectionsField, "Directions and where to go on arrival", FormFieldKind.MultilineText) { Max = 1000 },
            new(TimeZoneField, "Time zone of the meeting", FormFieldKind.Text) { Required = true, Max = 64, InitialValue = step.TimeZone.Id },
            new(MinutesField, "Length in minutes", FormFieldKind.Number) { Min = 10, Max = 120, InitialValue = "30" },
        ])
        {
            Markdown = "Where is it, and how do you get there? Asking for clear directions now saves a scramble on the day.",
            SubmitLabel = "Save meeting",
        };
        return await step.PromptAsync(WherePromptId, new PromptOptions
        {
            Prompt = form.Markdown,
            Form = form,
            Help = "The place can be an address, a café, or how the call will happen. The time zone is a name like _Europe/London_.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var where = (PromptResult<FormSubmission>)step.Result!;
        if (!where.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        FormSubmission form = where.Value!;
        DateTimeOffset typed = step.Values.Get<DateTimeOffset>(WhenKey);
        string zoneId = form.GetText(TimeZoneField)!;
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        // The user typed a wall-clock time; when the meeting is in another zone, that is the time on the meeting's clock.
        DateTimeOffset startsAt = zone.Id == step.TimeZone.Id ? typed : DateTimeRecognizer.ToZoned(typed.DateTime, zone);
        step.MarkSaved();
        return await step.EndDialogAsync(new MeetingDetails
        {
            StartsAt = startsAt,
            TimeZoneId = zone.Id,
            DurationMinutes = (int)(form.GetNumber(MinutesField) ?? 30),
            Place = form.GetText(PlaceField),
            Directions = form.GetText(DirectionsField),
        }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<bool> ValidateWhenAsync(PromptValidatorContext<DateTimeResolution> context, CancellationToken cancellationToken)
    {
        if (!context.Value.HasTime)
        {
            context.RetryMessage = "What time on that day? For example _Thursday at 10am_.";
            return ValueTask.FromResult(false);
        }

        if (context.Value.Value < context.Context.Now)
        {
            context.RetryMessage = "That time has already passed. When is the meeting?";
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(true);
    }

    private static ValueTask<bool> ValidateWhereAsync(PromptValidatorContext<FormSubmission> context, CancellationToken cancellationToken)
    {
        string zone = context.Value.GetText(TimeZoneField) ?? string.Empty;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            context.AddFieldError(TimeZoneField, "I don't know that time zone. Use a name like Europe/London or America/New_York.");
            context.RetryMessage = "Please check the time zone.";
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(true);
    }
}
