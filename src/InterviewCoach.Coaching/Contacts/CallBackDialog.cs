using System.Globalization;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>call back</c>: the contact (or their receptionist) named a time to call ("call me back Thursday at 3", "try again
/// tomorrow morning"). Reads the phrase in the user's reminder time zone, says back exactly when that is, and schedules
/// the reminder only once the user confirms. A past, impossible or time-less answer is asked again, and nothing is kept.
/// </summary>
internal sealed class CallBackDialog : WaterfallDialog
{
    public const string DialogId = "contact.call-back";
    public const string ConfirmPromptId = "contact.call-back-confirm";

    private const string ContactKey = "contactId";
    private const string NameKey = "name";
    private const string AtKey = "at";

    private readonly CoachServices _services;

    public CallBackDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoAsync);
        AddStep(AskWhenAsync);
        AddStep(ConfirmAsync);
        AddStep(ScheduleAsync);
    }

    /// <summary>
    /// The "Call them then?" question takes yes or no, or another time instead ("actually Wednesday at 11", "no, make it
    /// Friday 2pm"): a change of mind is checked again rather than refused.
    /// </summary>
    public static void RegisterPrompts(DialogSet set) => set.Add(new TextPrompt(ConfirmPromptId, ValidateConfirmAsync));

    private static ValueTask<bool> ValidateConfirmAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        bool answered = ConfirmRecognizer.TryRecognize(context.Value, out _) || NamesATime(context.Value, context.Context.Now, context.Context.Input.TimeZone);
        if (!answered)
        {
            context.RetryMessage = "Say **yes** to set the reminder or **no** to leave it, or type a different time. " + context.Options.Prompt;
        }

        return ValueTask.FromResult(answered);
    }

    /// <summary>Whether the words name a day or a time to call ("she said try Tuesday around 11").</summary>
    internal static bool NamesATime(string text, DateTimeOffset now, TimeZoneInfo zone) => TimeNamed(text, now, zone) is not null;

    /// <summary>
    /// The words naming a day or time, after any lead-in ("actually", "no, make it"): the longest ending of the answer
    /// that reads as one. Null when no ending does.
    /// </summary>
    private static string? TimeNamed(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // Only the last eight words can name it: a longer sentence starts its search there rather than not at all.
        for (int start = Math.Max(0, words.Length - 8); start < words.Length; start++)
        {
            string ending = string.Join(' ', words[start..]);
            if (DateTimeRecognizer.TryRecognize(ending, now, zone, out DateTimeResolution? when) && (when.HasTime || when.Date != DateOnly.FromDateTime(now.DateTime)))
            {
                return ending;
            }
        }

        return null;
    }

    private async ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (_services.Reminders is null)
        {
            step.Send(RemindersDialog.NotAvailable);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        CallBackOptions options = step.GetOptions<CallBackOptions>() ?? new CallBackOptions(null);
        if (options.ContactId is { } known)
        {
            return await step.NextAsync(known, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0)
        {
            step.Send("Add the person first with **add contact**, then type **call back** and I'll remind you when to ring.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // "call back Sam Thursday 3pm": a leading name picks the contact; the rest is the time.
        if (options.Text is { } text && ContactNames.AtStart(text, contacts) is { } named)
        {
            return await step.ReplaceDialogAsync(DialogId, new CallBackOptions(named.Remainder, named.Contact.Id), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Who should you call back?",
            Help = "Pick the contact who gave you a time, so I can remind you then.",
            Choices = [.. contacts.Take(20).Select(c => new Choice(c.Id, c.Name))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskWhenAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? id = step.Result switch
        {
            string value => value,
            PromptResult<Choice> { Succeeded: true } picked => picked.Value!.Value,
            _ => null,
        };
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send(ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(ContactKey, contact.Id);
        step.Values.Set(NameKey, contact.Name);
        CallBackOptions options = step.GetOptions<CallBackOptions>() ?? new CallBackOptions(null);

        // Typed with the command ("call back Thursday 3pm"): check it straight away.
        if (options.Text is { Length: > 0 } typed)
        {
            return await step.NextAsync(typed, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = (options.Retry is null ? string.Empty : options.Retry + " ") + $"When should you call {contact.Name}? For example _Thursday 3pm_ or _tomorrow morning_.",
            Help = "Give the day and the time they suggested. I read it in your time zone and check it with you before setting the reminder.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string text = step.Result switch
        {
            string value => value,
            PromptResult<string> { Succeeded: true } answer => answer.Value!,
            _ => string.Empty,
        };
        string contactId = step.Values.Get<string>(ContactKey);
        string name = step.Values.Get<string>(NameKey);
        ReminderSettings settings = await _services.Reminders!.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        TimeZoneInfo zone = settings.TimeZone;
        DateTimeOffset now = _services.Time.GetUtcNow();

        // The time may come at the end of a sentence ("she said try her Tuesday around 11").
        string named = TimeNamed(text, now, zone) ?? text;
        string? problem;
        if (!DateTimeRecognizer.TryRecognize(named, now, zone, out DateTimeResolution? when))
        {
            problem = $"I couldn't read a day and time in \"{Trim(text)}\".";
        }
        else if (!when.HasTime)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"I need the time as well as the day ({when.Value:dddd d MMMM}).");
        }
        else if (when.Value <= now)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{when.Value:dddd d MMMM 'at' HH:mm} has already passed.");
        }
        else
        {
            problem = null;
        }

        if (problem is not null)
        {
            return await step.ReplaceDialogAsync(DialogId, new CallBackOptions(null, contactId, problem), cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset at = when!.Value.ToUniversalTime();
        step.Values.Set(AtKey, at);
        string local = string.Create(CultureInfo.InvariantCulture, $"{ZonedTime.ToLocal(at, zone):dddd d MMMM 'at' HH:mm} ({zone.Id})");
        DateTimeOffset arrives = settings.QuietHours.NextAllowed(at, zone);
        string held = arrives == at
            ? string.Empty
            : $" That's outside the hours you get reminders ({ReminderPresenter.Window(settings.QuietHours)}), so it would only reach you **{FollowThrough.Arrives(at, settings)}**; change that with **reminders quiet**.";
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = $"Call {name} on **{local}**? I'll remind you then.{held}",
            Help = "Say **yes** to set the reminder, **no** to leave it, or type a different time.",
            Choices = [new Choice("yes", "Yes"), new Choice("no", "No")],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ScheduleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string name = step.Values.Get<string>(NameKey);
        string answer = step.Result is PromptResult<string> { Succeeded: true, Value: { } said } ? said : string.Empty;
        // A yes ("yes, Thursday's right") keeps the time said back; anything else that names a time is a change of mind.
        // (A yes/no result is from a check asked before this question took other times.)
        bool yes = step.Result is PromptResult<bool> { Succeeded: true, Value: true } || (ConfirmRecognizer.TryRecognize(answer, out bool confirmed) && confirmed);
        if (!yes && TimeNamed(answer, step.Now, step.TimeZone) is { } changed)
        {
            return await step.ReplaceDialogAsync(DialogId, new CallBackOptions(changed, step.Values.Get<string>(ContactKey)), cancellationToken).ConfigureAwait(false);
        }

        if (!yes)
        {
            step.Send($"Okay, no reminder set. Type **call back** when you have a time for {name}.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.Values.Get<string>(ContactKey), cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send(ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        FollowThroughResult? result = await FollowThrough.RaiseAsync(
            _services, step.UserKey, new CallBackPlanned(StageFollowThrough.Remind(contact), step.Values.Get<DateTimeOffset>(AtKey)), cancellationToken).ConfigureAwait(false);
        step.MarkSaved();
        step.Send(FollowThrough.Describe(result, "Set. I'll remind you:") ?? $"Okay, no reminder set. Type **call back** when you have a time for {name}.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static string Trim(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
