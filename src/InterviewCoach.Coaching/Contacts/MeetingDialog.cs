using System.Globalization;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Asks when a meeting is (typed, e.g. "Thursday at 10am", or picked; read in the user's time zone), then where
/// and how to get there, whether it is a call, the meeting's time zone and its length (one form; the length typed as
/// "20", "half an hour" or "45 mins"). A length past the cap (30 minutes in person, 15 on a call, D3/D4) is not
/// saved: the cap is offered as a button instead. Then what the user wants from this person (S004: the profile's
/// goals offered, an empty answer refused). Ends with the <see cref="MeetingDetails"/>; the caller saves them.
/// </summary>
internal sealed class MeetingDialog : WaterfallDialog
{
    public const string DialogId = "contact.meeting";
    public const string WhenPromptId = "contact.meeting-when";
    public const string WherePromptId = "contact.meeting-where";
    public const string GoalPromptId = "contact.meeting-goal";
    public const string LengthPromptId = "contact.meeting-length";
    public const string PlaceField = "place";
    public const string DirectionsField = "directions";
    public const string TimeZoneField = "timeZone";
    public const string MinutesField = "minutes";
    public const string CallField = "call";

    private const string WhenKey = "when";
    private const string WhereKey = "where";
    private const string MinutesKey = "minutes";

    // Words that make a place a call rather than somewhere to go ("phone: they'll call me", "Zoom link to follow").
    // Plain "call" is left out: "call at reception" is a place.
    private static readonly System.Text.RegularExpressions.Regex s_callPlace = new(
        @"\b(?:phone|telephone|video|zoom|teams|skype|google meet|facetime|whatsapp)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        RegexBudget.MatchTimeout);

    private readonly CoachServices _services;

    public MeetingDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhenAsync);
        AddStep(AskWhereAsync);
        AddStep(OfferCappedLengthAsync);
        AddStep(AskGoalAsync);
        AddStep(FinishAsync);
    }

    public static void RegisterPrompts(DialogSet set, SlotAnswers slots)
    {
        // A typed line ("their office in Shoreditch", "zoom, she'll send a link") is the place; the rest keeps its
        // defaults but the length, which is planned from whether the place is a call. A question or a command typed
        // there is left to the router.
        set.Add(new DateTimePrompt(WhenPromptId, ValidateWhenAsync))
            .Add(new FormPrompt(WherePromptId, ValidateWhereAsync, (form, text) => slots.IsQuestionOrCommand(text) ? null : PlaceTyped(form, text)))
            .Add(new TextPrompt(LengthPromptId, ValidateLengthAsync))
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
        MeetingOptions? options = step.GetOptions<MeetingOptions>();
        string name = options?.ContactName ?? "them";

        // Typed with the command ("meeting with Maria next Tuesday at 2pm"): a future day and time needs no question.
        if (options?.WhenText is { Length: > 0 } typed
            && DateTimeRecognizer.TryRecognize(typed, step.Now, step.TimeZone, out DateTimeResolution? when) && when.HasTime && when.Value > step.Now)
        {
            step.Send(string.Create(CultureInfo.InvariantCulture, $"Meeting {name} on **{when.Value:dddd d MMMM 'at' HH:mm}**."));
            return await step.NextAsync(new PromptResult<DateTimeResolution>(true, when, 0), cancellationToken).ConfigureAwait(false);
        }

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
        if (WhichDayNote(when.Value, step.Now, asked: when.Attempts > 0) is { } note)
        {
            step.Send(note);
        }

        AskLength planned = await PlannedLengthAsync(step, cancellationToken).ConfigureAwait(false);
        var form = new FormReply("meeting-where", "Where and how", [
            new(PlaceField, "Place, or call details", FormFieldKind.Text) { Required = true, Max = 300, Placeholder = "Their office, 4th floor / the café on Mill Road / phone: they'll call me" },
            new(DirectionsField, "Directions and where to go on arrival", FormFieldKind.MultilineText) { Max = 1000 },
            new(CallField, "It's a phone or video call", FormFieldKind.Toggle) { InitialValue = planned.IsCall ? "true" : "false" },
            new(TimeZoneField, "Time zone of the meeting", FormFieldKind.Text) { Required = true, Max = 64, InitialValue = step.TimeZone.Id },

            // Text, not a number box, so "half an hour" or "45 mins" can be typed as well as "20".
            new(MinutesField, "Length (minutes)", FormFieldKind.Text) { Max = 40, InitialValue = planned.Planned.ToString(CultureInfo.InvariantCulture), Placeholder = "20" },
        ])
        {
            Markdown = "Where is it, and how do you get there? Asking for clear directions now saves a scramble on the day. Type the place, or fill in the form.",
            SubmitLabel = "Save meeting",
        };
        return await step.PromptAsync(WherePromptId, new PromptOptions
        {
            Prompt = form.Markdown,
            Form = form,
            Help = "The place can be an address, a café, or how the call will happen. The time zone is a name like _Europe/London_. "
                + "The length can be typed as _20_, _half an hour_ or _15 mins_: 30 minutes at most in person, 10-15 on a call.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string>? PlaceTyped(FormReply form, string text)
    {
        if (FormTextReaders.IntoOnlyRequiredField(form, text) is not { } values)
        {
            return null;
        }

        var place = new Dictionary<string, string>(values, StringComparer.Ordinal);
        place.Remove(MinutesField);
        return place;
    }

    /// <summary>Whether the meeting is a call: ticked on the form, or the place says so.</summary>
    internal static bool IsCall(FormSubmission form) =>
        form.GetToggle(CallField) || (form.GetText(PlaceField) is { } place && s_callPlace.IsMatch(place));

    private async ValueTask<DialogTurnResult> OfferCappedLengthAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var where = (PromptResult<FormSubmission>)step.Result!;
        if (!where.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        FormSubmission form = where.Value!;

        // "actually, make that Friday at 3" typed where the place was asked changes the time; it is no place to go.
        DateTimeOffset current = step.Values.Get<DateTimeOffset>(WhenKey);
        if (form.GetText(PlaceField) is { } place && TimeChange.Read(place, current, step.Now, step.TimeZone) is { } moved)
        {
            MeetingOptions options = step.GetOptions<MeetingOptions>() ?? new MeetingOptions("them");
            string whenText = moved.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            return await step.ReplaceDialogAsync(DialogId, options with { WhenText = whenText }, cancellationToken).ConfigureAwait(false);
        }

        // "call back", "she asked me to call back later", "she'll ring me back": nobody is meeting yet, so nothing is booked.
        if (form.GetText(PlaceField) is { } said && (CallBackRequest.UserCalls(said) || CallBackRequest.TheyCall(said)))
        {
            string name = step.GetOptions<MeetingOptions>()?.ContactName ?? "them";
            if (CallBackRequest.TheyCall(said))
            {
                step.Send($"Then {name} will be in touch first, so there's no meeting to book yet. Once you've agreed a time and place, type **meeting with {name}** and I'll note it.");
                return await step.EndDialogAsync(new MeetingPutOff(UserCallsBack: false, null), cancellationToken).ConfigureAwait(false);
            }

            step.Send($"That sounds like a call-back rather than a place to meet, so I haven't booked a meeting with {name}. Let's plan the call instead.");
            string? callAt = CallBackDialog.NamesATime(said, step.Now, step.TimeZone) ? said : null;
            return await step.EndDialogAsync(new MeetingPutOff(UserCallsBack: true, callAt), cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(WhereKey, new Dictionary<string, string>(form.Values, StringComparer.Ordinal));
        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        AskLength length = AskLength.ForMeeting(contact, IsCall(form));
        int asked = MeetingLength.TryReadAnswer(form.GetText(MinutesField), out int typed) ? typed : length.Planned;
        if (asked <= length.Cap)
        {
            return await step.NextAsync(asked, cancellationToken).ConfigureAwait(false);
        }

        // Never plan past the cap (D3/D4): say why, and make the cap one press away rather than asking again.
        return await step.PromptAsync(LengthPromptId, new PromptOptions
        {
            Prompt = TooLong(asked, length) + $" Shall I plan {length.Cap} minutes?",
            RetryPrompt = $"Press **{length.Cap} minutes**, or type a length up to {length.Cap} minutes.",
            Help = length.IsCall
                ? "A call is best kept to 10-15 minutes. If they want to keep talking on the day, that's their offer to make."
                : "A first conversation should take no more than half an hour of their time. If they want to go on, they'll say so, and the prep has a line for checking in.",
            Max = 40,

            // The first button is the cap; the validator reads it from there.
            Choices = [.. length.Offered.Select(m => new Choice(m.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{m} minutes")))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string TooLong(int asked, AskLength length) => length.IsCall
        ? string.Create(CultureInfo.InvariantCulture, $"{asked} minutes is long for a call: keep it to {AskLength.Call.Range}.")
        : string.Create(CultureInfo.InvariantCulture, $"{asked} minutes is more than a first conversation should ask for: {length.Cap} at most, {length.Planned} is usual.");

    private async ValueTask<DialogTurnResult> AskGoalAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        int? minutes = step.Result switch
        {
            int known => known,
            PromptResult<string> { Succeeded: true } offered => int.Parse(offered.Value!, CultureInfo.InvariantCulture),
            _ => null,
        };
        if (minutes is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(MinutesKey, minutes.Value);
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
        bool byCall = IsCall(form);
        int minutes = AskLength.ForMeeting(await LoadContactAsync(step, cancellationToken).ConfigureAwait(false), byCall).Capped(step.Values.Get<int>(MinutesKey));
        step.MarkSaved();
        return await step.EndDialogAsync(new MeetingDetails
        {
            StartsAt = startsAt,
            TimeZoneId = zone.Id,
            DurationMinutes = minutes,
            ByCall = byCall,
            Place = form.GetText(PlaceField),
            Directions = form.GetText(DirectionsField),
            Goal = goal.Value!.Trim(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<AskLength> PlannedLengthAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        AskLength.For(await LoadContactAsync(step, cancellationToken).ConfigureAwait(false));

    private ValueTask<Contact?> LoadContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ContactRecords.GetAsync(_services.Records, step.UserKey, step.GetOptions<MeetingOptions>()?.ContactId, cancellationToken);

    private static ValueTask<bool> ValidateLengthAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        int cap = int.Parse(context.Options.Choices![0].Value, CultureInfo.InvariantCulture);
        string answer = context.Value.Trim();

        // "Yes", "ok" or "skip" takes the length just offered.
        if ((ConfirmRecognizer.TryRecognize(answer, out bool yes) && yes) || string.Equals(answer, "skip", StringComparison.OrdinalIgnoreCase))
        {
            context.Value = cap.ToString(CultureInfo.InvariantCulture);
            return ValueTask.FromResult(true);
        }

        if (!MeetingLength.TryReadAnswer(answer, out int minutes) || minutes < 5)
        {
            context.RetryMessage = $"How many minutes should I plan? Press **{cap} minutes**, or type a length such as _20_ or _a quarter of an hour_.";
            return ValueTask.FromResult(false);
        }

        if (minutes > cap)
        {
            context.RetryMessage = string.Create(CultureInfo.InvariantCulture, $"{minutes} minutes is still more than I'd plan: {cap} at most. Press **{cap} minutes** or type a shorter length.");
            return ValueTask.FromResult(false);
        }

        context.Value = minutes.ToString(CultureInfo.InvariantCulture);
        return ValueTask.FromResult(true);
    }

    private static ValueTask<bool> ValidateGoalAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        // "not sure" would end up in the opener as the reason for meeting, and "yes" or "ok sure" answers a what-question
        // with nothing: ask for a real one.
        bool reflex = context.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
            && ConfirmRecognizer.TryRecognize(context.Value, out bool yes) && yes;
        if (string.IsNullOrWhiteSpace(context.Value) || CoachPrompts.IsSkip(context.Value) || NonAnswerRecognizer.IsNonAnswer(context.Value) || reflex)
        {
            context.RetryMessage = context.Options.Choices is { Count: > 0 }
                ? "Every meeting needs its own goal: what do you want to learn from this person? One line is enough, or press one of your goals."
                : "Every meeting needs its own goal: what do you want to learn from this person? One line is enough, e.g. _hear how she moved into UX_.";
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(true);
    }

    /// <summary>
    /// "monday at 3pm" typed on a Monday is today while 3pm is ahead and next week after it: either reading can
    /// surprise, so the meeting's day is said back in words.
    /// </summary>
    /// <param name="when">The day and time read.</param>
    /// <param name="now">The user's now.</param>
    /// <param name="asked">Whether the when question was asked (so "go back" reaches it), rather than read from the command.</param>
    internal static string? WhichDayNote(DateTimeResolution when, DateTimeOffset now, bool asked)
    {
        string? note = when.WeekdayNamedToday switch
        {
            true => string.Create(CultureInfo.InvariantCulture, $"Today is {now:dddd}, so I've put it down for **today at {when.Value:HH:mm}**."),
            false => string.Create(CultureInfo.InvariantCulture, $"Today is {now:dddd} and {when.Value:HH:mm} has passed, so I've put it down for **next {when.Value:dddd}, {when.Value:d MMMM}**."),
            null => null,
        };
        return note is null || !asked ? note : note + " If you meant another day, type **go back** and give the date.";
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
        // A length past the cap is not an error here: the next step offers the cap instead (D3).
        if (context.Value.GetText(MinutesField) is { } length && (!MeetingLength.TryReadAnswer(length, out int minutes) || minutes < 5))
        {
            context.AddFieldError(MinutesField, "Give the length in minutes, for example 20 or half an hour.");
            context.RetryMessage = "Please check the length.";
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
