using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Asks when a meeting is (typed, e.g. "Thursday at 10am", or picked; read in the user's time zone), then where
/// and how to get there, the meeting's time zone and its length (one form; never more than 30 minutes in person or
/// 15 on a call, D3/D4), then what the user wants from this person (S004: the profile's goals offered, an empty
/// answer refused). Ends with the <see cref="MeetingDetails"/>; the caller saves them.
/// </summary>
internal sealed class MeetingDialog : WaterfallDialog
{
    public const string DialogId = "contact.meeting";
    public const string WhenPromptId = "contact.meeting-when";
    public const string WherePromptId = "contact.meeting-where";
    public const string GoalPromptId = "contact.meeting-goal";
    public const string PlaceField = "place";
    public const string DirectionsField = "directions";
    public const string TimeZoneField = "timeZone";
    public const string MinutesField = "minutes";

    private const string WhenKey = "when";
    private const string WhereKey = "where";

    private readonly CoachServices _services;

    public MeetingDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhenAsync);
        AddStep(AskWhereAsync);
        AddStep(AskGoalAsync);
        AddStep(FinishAsync);
    }

    public static void RegisterPrompts(DialogSet set)
    {
        set.Add(new DateTimePrompt(WhenPromptId, ValidateWhenAsync))
            .Add(new FormPrompt(WherePromptId, ValidateWhereAsync))
            .Add(new TextPrompt(GoalPromptId, ValidateGoalAsync));
    }

    /// <summary>The profile's goals as ready answers, then the goal saved before (when the meeting is being edited).</summary>
    internal static List<Choice> GoalChoices(CoachingProfile? profile, string? saved)
    {
        var labels = new List<string>();
        if (saved is { Length: > 0 })
        {
            labels.Add(saved);
        }

        if (profile is not null)
        {
            InterviewPurposes[] order = [.. GoalDialog.PurposeChoices(profile.Stage).Select(c => Enum.TryParse(c.Value, out InterviewPurposes p) ? p : InterviewPurposes.None)];
            labels.AddRange(order.Where(p => p != InterviewPurposes.None && profile.Purposes.HasFlag(p)).Select(p => p.ToLabel()));
            labels.AddRange(profile.OtherPurposes);
        }

        return [.. labels.Distinct(StringComparer.OrdinalIgnoreCase).Take(6).Select(l => new Choice(l, l))];
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

    private async ValueTask<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken cancellationToken)
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
            new(MinutesField, "Length in minutes", FormFieldKind.Number) { Min = 10, Max = 120, InitialValue = (await PlannedLengthAsync(step, cancellationToken).ConfigureAwait(false)).Planned.ToString(System.Globalization.CultureInfo.InvariantCulture) },
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

    private async ValueTask<DialogTurnResult> AskGoalAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var where = (PromptResult<FormSubmission>)step.Result!;
        if (!where.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(WhereKey, new Dictionary<string, string>(where.Value!.Values, StringComparer.Ordinal));
        MeetingOptions? options = step.GetOptions<MeetingOptions>();
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        List<Choice> choices = GoalChoices(profile, options?.Goal);
        return await step.PromptAsync(GoalPromptId, new PromptOptions
        {
            Prompt = $"What do you want from this meeting with {options?.ContactName ?? "them"} in particular? Press one of your goals or type your own.",
            Help = "One line, e.g. _find out how she moved from teaching into UX_. Your questions and prep are built around it.",
            Max = 200,
            Choices = choices.Count > 0 ? choices : null,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var goal = (PromptResult<string>)step.Result!;
        if (!goal.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var form = new FormSubmission(step.Values.Get<Dictionary<string, string>>(WhereKey));
        DateTimeOffset typed = step.Values.Get<DateTimeOffset>(WhenKey);
        string zoneId = form.GetText(TimeZoneField)!;
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);

        // The user typed a wall-clock time; when the meeting is in another zone, that is the time on the meeting's clock.
        DateTimeOffset startsAt = zone.Id == step.TimeZone.Id ? typed : DateTimeRecognizer.ToZoned(typed.DateTime, zone);
        AskLength length = await PlannedLengthAsync(step, cancellationToken).ConfigureAwait(false);
        int asked = (int)(form.GetNumber(MinutesField) ?? length.Planned);
        int minutes = length.Capped(asked);
        if (minutes < asked)
        {
            step.Send(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"I've planned it as {minutes} minutes: a call is best kept to 10-15. If they offer more on the day, that's their choice."));
        }

        step.MarkSaved();
        return await step.EndDialogAsync(new MeetingDetails
        {
            StartsAt = startsAt,
            TimeZoneId = zone.Id,
            DurationMinutes = minutes,
            Place = form.GetText(PlaceField),
            Directions = form.GetText(DirectionsField),
            Goal = goal.Value!.Trim(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<AskLength> PlannedLengthAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskLength.For(await ContactRecords.GetAsync(_services.Records, step.UserKey, step.GetOptions<MeetingOptions>()?.ContactId, cancellationToken).ConfigureAwait(false));

    private static ValueTask<bool> ValidateGoalAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(context.Value) || CoachPrompts.IsSkip(context.Value))
        {
            context.RetryMessage = "Every meeting needs its own goal: what do you want to learn from this person? One line is enough, or press one of your goals.";
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(true);
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
        // Never plan more than half an hour: longer happens only if the contact offers it on the day (D3).
        if (context.Value.GetNumber(MinutesField) is > AskLength.InPersonCap)
        {
            context.AddFieldError(MinutesField, "Keep it to 30 minutes at most; that's what a busy person says yes to.");
            context.RetryMessage = "That's longer than a first conversation should be. Plan 30 minutes at most (20 is usual); if they want to go on, they'll say so.";
            return ValueTask.FromResult(false);
        }

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
