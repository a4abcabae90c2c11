using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// <c>reminders</c>: the upcoming reminders as cards (done, snooze, cancel on each) plus the time zone and quiet hours.
/// Also answers the commands a reminder's own buttons send: <c>reminders done &lt;id&gt;</c>,
/// <c>reminders snooze &lt;id&gt; OneHour|Tomorrow|NextWeek</c> (no choice: ask for a time), <c>reminders cancel &lt;id&gt;</c>,
/// <c>reminders timezone</c> and <c>reminders quiet</c>.
/// </summary>
internal sealed class RemindersDialog : WaterfallDialog
{
    public const string DialogId = "reminders";

    /// <summary>The answer to "remind me to …": which reminders come from what the user logs, and how to ask for each.</summary>
    public const string TaskReminders = "I can't set a reminder for any task you name, but I set them from what you tell me: type **emailed Maria** "
        + "once your ask has gone (I'll remind you to follow up), **meeting with Maria Tuesday 2pm** when one is booked (I'll remind you "
        + "to get ready), or **call back Maria Thursday 3pm** for a call at a set time.";

    public const string NotAvailable = "Reminders aren't switched on here, so there's nothing to list or change yet. Everything else works as usual.";

    public const string UnknownReminder = "I can't find that reminder any more: it may already be done or cancelled. Type **reminders** to see what's coming up.";

    private const string FinishedValue = "finished";
    private const string TimeZoneValue = "timezone";
    private const string QuietValue = "quiet";
    private const int MaxCards = 20;

    private readonly CoachServices _services;

    public RemindersDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(RouteAsync);
        AddStep(AfterAsync);
    }

    private async ValueTask<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (_services.Reminders is not { } reminders)
        {
            step.Send(NotAvailable);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        RemindersDialogOptions options = step.GetOptions<RemindersDialogOptions>() ?? new RemindersDialogOptions(null);
        if (options.Task is { Length: > 0 })
        {
            step.Send(TaskReminders);
        }

        ReminderCommand command = ReminderPresenter.Parse(options.Command);
        switch (command)
        {
            case { Verb: ReminderVerb.List }:
                return await ShowListAsync(step, reminders, cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.Done, Id: { } id }:
                await MarkDoneAsync(step, reminders, id, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(step, options, cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.Snooze, Id: { } id, Choice: { } choice }:
                return await SnoozeAsync(step, reminders, options, id, choice, cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.Snooze, Id: { } id }:
                return await step.BeginDialogAsync(SnoozeReminderDialog.DialogId, new ReminderRef(id), cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.SendNow, Id: { } id } when _services.ReminderPreview is { } preview:
                await SendNowAsync(step, reminders, preview, id, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(step, options, cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.Missed, Id: { } contactId }:
                await MeetingMissedAsync(step, contactId, cancellationToken).ConfigureAwait(false);
                return await FinishAsync(step, options, cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.Cancel, Id: { } id }:
                return await step.BeginDialogAsync(CancelReminderDialog.DialogId, new ReminderRef(id), cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.TimeZone }:
                return await step.BeginDialogAsync(ReminderTimeZoneDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            case { Verb: ReminderVerb.QuietHours }:
                return await step.BeginDialogAsync(QuietHoursDialog.DialogId, new QuietHoursOptions(options.Words), cancellationToken).ConfigureAwait(false);
            default:
                step.Send("I didn't catch which reminder you meant, so here's the list.");
                return await ShowListAsync(step, reminders, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<DialogTurnResult> AfterAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<Choice> picked)
        {
            // A snooze, cancel, time zone or quiet hours step has finished.
            return await FinishAsync(step, step.GetOptions<RemindersDialogOptions>() ?? new RemindersDialogOptions(null), cancellationToken).ConfigureAwait(false);
        }

        if (!picked.Succeeded || picked.Value!.Value == FinishedValue)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string value = picked.Value.Value;
        string command = value switch
        {
            TimeZoneValue => TimeZoneValue,
            QuietValue => QuietValue,
            _ => ReminderPresenter.CommandFromListValue(value) ?? string.Empty,
        };
        // Typed words ("weekdays 6 to 9pm") are passed on, so the step they chose need not ask for them again.
        string? words = step.Context.Input.Value is null ? step.Context.Input.Text : null;
        return await step.ReplaceDialogAsync(DialogId, new RemindersDialogOptions(command, BackToList: true, words), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ShowListAsync(WaterfallStepContext step, IReminderScheduler reminders, CancellationToken cancellationToken)
    {
        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ScheduledReminder> upcoming = await reminders.ListUpcomingAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        var choices = new List<Choice>
        {
            new(TimeZoneValue, "Time zone") { Synonyms = ["time zone", "zone", "tz", "reminders timezone", "reminders time zone"] },
            new(QuietValue, "Quiet hours") { Synonyms = ["quiet", "hours", "reminders quiet", "reminders quiet hours"] },
            // "Close", not "Done": each card already has a "Mark done" button, and one label must mean one thing.
            new(FinishedValue, "Close") { Synonyms = ["done", "finished", "back", "menu", "that's all", "nothing"] },
        };
        if (upcoming.Count == 0)
        {
            return await step.PromptAsync(RemindersPrompts.ListAction, new PromptOptions
            {
                Prompt = $"You have no reminders coming up. I'll add them as you go: after you ask someone, leave a voicemail or meet. {ReminderPresenter.SettingsLine(settings)}",
                Help = "**Time zone** and **Quiet hours** change when reminders arrive; **Close** goes back to the menu.",
                Choices = choices,
            }, cancellationToken).ConfigureAwait(false);
        }

        int shown = Math.Min(upcoming.Count, MaxCards);
        step.Send(upcoming.Count == 1 ? "**Your next reminder**" : $"**Your next {shown} reminders**");
        for (int i = 0; i < shown; i++)
        {
            ScheduledReminder reminder = upcoming[i];
            step.Send(ReminderPresenter.Card(reminder, settings, i + 1, sendNow: _services.ReminderPreview is not null));
            string id = reminder.Id;
            if (_services.ReminderPreview is not null)
            {
                choices.Add(new Choice(ReminderPresenter.ListValue(ReminderPresenter.SendNow, id), $"Send now {i + 1}") { Synonyms = [ReminderPresenter.Command(ReminderPresenter.SendNow, id)] });
            }

            choices.Add(new Choice(ReminderPresenter.ListValue(ReminderPresenter.Done, id), $"Mark {i + 1} done") { Synonyms = [ReminderPresenter.Command(ReminderPresenter.Done, id), $"done {id}", $"mark done {i + 1}", $"done with {i + 1}"] });
            choices.Add(new Choice(ReminderPresenter.ListValue(ReminderPresenter.Snooze, id), $"Snooze {i + 1}") { Synonyms = [ReminderPresenter.Command(ReminderPresenter.Snooze, id), $"snooze {id}"] });
            // The title rides on one choice per reminder, so "the Tom Reyes one is done" can find it (TypedReminderAction).
            choices.Add(new Choice(ReminderPresenter.ListValue(ReminderPresenter.Cancel, id), $"Cancel {i + 1}") { Synonyms = [ReminderPresenter.Command(ReminderPresenter.Cancel, id), $"cancel {id}"], About = reminder.Title });
            foreach (SnoozeChoice snooze in Enum.GetValues<SnoozeChoice>())
            {
                choices.Add(new Choice(ReminderPresenter.ListValue(snooze.ToString(), id), $"Snooze {i + 1} {snooze}") { Synonyms = [ReminderPresenter.SnoozeCommand(id, snooze)] });
            }
        }

        return await step.PromptAsync(RemindersPrompts.ListAction, new PromptOptions
        {
            Prompt = $"{ReminderPresenter.SettingsLine(settings)} Use a card's buttons, or:",
            Help = "Each card has **Mark done**, snooze buttons and **Cancel it** (or type e.g. **mark 1 done**). **Time zone** and **Quiet hours** change when reminders arrive; **Close** goes back to the menu.",
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Local development: the reminder's message as it will arrive, without waiting for it (it still comes at its time).</summary>
    private static async ValueTask SendNowAsync(WaterfallStepContext step, IReminderScheduler reminders, IReminderPreview preview, string id, CancellationToken cancellationToken)
    {
        ScheduledReminder? reminder = (await reminders.ListUpcomingAsync(step.UserKey, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Id == id);
        if (reminder is null)
        {
            step.Send(UnknownReminder);
            return;
        }

        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        // Shown with the time it will really arrive, as the dispatcher stamps a reminder it holds back for quiet hours.
        ScheduledReminder arriving = reminder with { DueUtc = settings.QuietHours.Arrival(reminder.Kind, reminder.DueUtc, settings.TimeZone) };
        foreach (Reply reply in preview.Render(arriving, settings.TimeZone))
        {
            step.Send(reply);
        }

        step.Send($"That's the message as it will arrive (local try-out). It is still due **{FollowThrough.Arrives(reminder, settings)}**.");
    }

    /// <summary>"Didn't happen" on a "did you meet?" reminder: back to asked, and the meeting's reminders go.</summary>
    private async ValueTask MeetingMissedAsync(WaterfallStepContext step, string contactId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = step.Now;
        Storage.RecordUpdate<Contacts.Contact> update = await Contacts.ContactRecords.UpdateAsync(
            _services.Records,
            step.UserKey,
            contactId,
            c => c.Stage == Contacts.ContactStage.MeetingSet ? c with { Stage = Contacts.ContactStage.Asked, Meeting = null, UpdatedAt = now } : c,
            cancellationToken).ConfigureAwait(false);
        if (!update.Succeeded)
        {
            step.Send(Contacts.ContactRecords.Explain(update) ?? Contacts.ContactRecords.NotFound);
            return;
        }

        Contacts.Contact contact = update.Value!;
        step.MarkSaved();
        FollowThroughResult? result = await FollowThrough.RaiseAsync(_services, step.UserKey, new MeetingCancelled(Contacts.StageFollowThrough.Remind(contact)), cancellationToken).ConfigureAwait(false);
        string cancelled = result is { Cancelled: > 0 } ? " I've cancelled the reminders for it." : string.Empty;
        step.Send($"Noted: the meeting with {contact.Name} didn't happen; their stage is _{Contacts.ContactLabels.ToLabel(contact.Stage)}_.{cancelled} When you agree a new time, set it under **contacts** and I'll remind you again.");
    }

    private async ValueTask MarkDoneAsync(WaterfallStepContext step, IReminderScheduler reminders, string id, CancellationToken cancellationToken)
    {
        ScheduledReminder? reminder = (await reminders.ListUpcomingAsync(step.UserKey, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.Id == id);
        if (!await reminders.MarkDoneAsync(step.UserKey, id, cancellationToken).ConfigureAwait(false))
        {
            step.Send(UnknownReminder);
            return;
        }

        step.Send("Marked done. Nice work!");

        // Keeping in touch repeats: the update just sent is the new last touch, for as long as the contact stays in touch.
        if (reminder is { Kind: ReminderKind.KeepInTouch, ContactId: { } contactId }
            && await Contacts.ContactRecords.GetAsync(_services.Records, step.UserKey, contactId, cancellationToken).ConfigureAwait(false) is { Stage: Contacts.ContactStage.KeepingInTouch } contact)
        {
            FollowThroughResult? next = await FollowThrough.RaiseAsync(_services, step.UserKey, new TouchLogged(Contacts.StageFollowThrough.Remind(contact), step.Now), cancellationToken).ConfigureAwait(false);
            if (FollowThrough.Describe(next, "Next update:") is { } line)
            {
                step.Send(line);
            }
        }
    }

    private static async ValueTask<DialogTurnResult> SnoozeAsync(
        WaterfallStepContext step, IReminderScheduler reminders, RemindersDialogOptions options, string id, SnoozeChoice choice, CancellationToken cancellationToken)
    {
        ReminderSettings settings = await reminders.GetSettingsAsync(step.UserKey, cancellationToken).ConfigureAwait(false);
        DateTimeOffset until = SnoozeTimes.Until(choice, step.Now, settings.TimeZone, settings.QuietHours);
        bool snoozed = await reminders.SnoozeAsync(step.UserKey, id, until, cancellationToken).ConfigureAwait(false);
        step.Send(snoozed ? $"Snoozed. I'll bring it back **{ReminderPresenter.Due(until, settings.TimeZone)}**." : UnknownReminder);
        return await FinishAsync(step, options, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, RemindersDialogOptions options, CancellationToken cancellationToken) =>
        options.BackToList
            ? step.ReplaceDialogAsync(DialogId, new RemindersDialogOptions(null), cancellationToken)
            : step.EndDialogAsync(null, cancellationToken);
}
