using InterviewCoach.Bot.Reminders;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Bot.Conversations;

/// <summary>
/// The host's side of debriefs and privacy: follow-ups go through the reminder policy (the one place timings live)
/// into the scheduler; export and deletion reach the tables the coaching flows do not own.
/// </summary>
internal sealed class CoachHostHooks(
    IReminderScheduler scheduler,
    ReminderPolicy policy,
    ReminderUserData reminderData,
    ConversationReferenceStore references,
    IDialogStateStore dialogStates,
    PendingErasures erasures,
    TimeProvider time,
    UndeliveredReplies? undelivered = null,
    Teams.PendingFileUploads? pendingFiles = null) : IFlowsTwoHooks
{
    public async ValueTask<IReadOnlyList<PlannedFollowUp>> OnDebriefCompletedAsync(
        string userKey,
        DebriefRecord debrief,
        IReadOnlyList<Contact> createdReferrals,
        IReadOnlyList<PlannedFollowUp> followUps,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(debrief);
        ArgumentNullException.ThrowIfNull(createdReferrals);

        // The flow's own proposal (followUps) is not used: timings live in ReminderPolicy, and the user is told what it scheduled.
        var completed = new DebriefCompleted(
            new ReminderContact(debrief.ContactId, debrief.ContactName),
            time.GetUtcNow(),
            [.. createdReferrals.Select(c => new ReminderContact(c.Id, c.Name, c.Organisation))],
            [.. debrief.PromisedItems.Select((item, i) => new PromisedItem($"{debrief.Id}-{i}", item))]);
        IReadOnlyList<ScheduledReminder> scheduled = await ScheduleAsync(userKey, completed, cancellationToken).ConfigureAwait(false);
        return [.. scheduled.Select(ToFollowUp).OfType<PlannedFollowUp>()];
    }

    public async ValueTask<int> OnSearchEndedAsync(string userKey, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var done = new SearchMarkedDone(time.GetUtcNow(), [.. contacts.Select(c => new ReminderContact(c.Id, c.Name, c.Organisation))]);
        return (await ScheduleAsync(userKey, done, cancellationToken).ConfigureAwait(false)).Count;
    }

    public async ValueTask<IReadOnlyList<ExportedRecord>> ExportOtherUserDataAsync(string userKey, CancellationToken cancellationToken)
    {
        var records = new List<ExportedRecord>(await reminderData.ExportAsync(userKey, cancellationToken).ConfigureAwait(false));
        if (await references.GetAsync(userKey, cancellationToken).ConfigureAwait(false) is { } reference)
        {
            records.Add(new ExportedRecord("conversation-reference", reference.User.Channel, reference.Payload, reference.UpdatedAt));
        }

        if (await dialogStates.ReadAsync(userKey, cancellationToken).ConfigureAwait(false) is { } state)
        {
            records.Add(new ExportedRecord("conversation-state", "current", state.StateJson, null));
        }

        return records;
    }

    public async ValueTask<int> EraseOtherUserDataAsync(string userKey, CancellationToken cancellationToken)
    {
        int removed = await reminderData.EraseAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (await references.GetAsync(userKey, cancellationToken).ConfigureAwait(false) is not null)
        {
            await references.DeleteAsync(userKey, cancellationToken).ConfigureAwait(false);
            removed++;
        }

        // Replies kept for the next turn may quote what was just deleted.
        undelivered?.Forget(userKey);
        pendingFiles?.Forget(userKey);

        // The conversation's own state is still being written by this turn: CoachConversation deletes it once the turn is saved.
        erasures.Request(userKey);
        return removed;
    }

    private async Task<IReadOnlyList<ScheduledReminder>> ScheduleAsync(string userKey, ReminderEvent reminderEvent, CancellationToken cancellationToken)
    {
        ReminderSettings settings = await scheduler.GetSettingsAsync(userKey, cancellationToken).ConfigureAwait(false);
        return await scheduler.ApplyAsync(userKey, policy.Plan(reminderEvent, settings.TimeZone), cancellationToken).ConfigureAwait(false);
    }

    private static PlannedFollowUp? ToFollowUp(ScheduledReminder reminder)
    {
        FollowUpKind? kind = reminder.Kind switch
        {
            ReminderKind.ThankYouNote => FollowUpKind.ThankYou,
            ReminderKind.PromisedItem => FollowUpKind.PromisedItem,
            ReminderKind.ReferralOutreach => FollowUpKind.Referral,
            ReminderKind.KeepInTouch => FollowUpKind.ProgressUpdate,
            ReminderKind.CloseTheLoop => FollowUpKind.CloseTheLoop,
            _ => null,
        };
        return kind is null ? null : new PlannedFollowUp(kind.Value, reminder.Title, reminder.DueUtc, reminder.ContactId);
    }
}
