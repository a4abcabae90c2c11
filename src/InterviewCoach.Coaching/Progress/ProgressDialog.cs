using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching.Progress;

/// <summary><c>progress</c>: the progress card, then back to wherever the user came from.</summary>
internal sealed class ProgressDialog(CoachServices services) : Dialog(DialogId)
{
    public const string DialogId = "progress";

    public override async ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        string user = dc.Input.UserKey;
        IReadOnlyList<ScheduledReminder> upcoming = services.Reminders is { } reminders
            ? await reminders.ListUpcomingAsync(user, cancellationToken).ConfigureAwait(false)
            : [];
        Dictionary<string, DateOnly> updateNudges = upcoming
            .Where(r => r.Kind == ReminderKind.KeepInTouch && r.Status == ReminderStatus.Pending && r.ContactId is not null)
            .GroupBy(r => r.ContactId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(g.Min(r => r.DueUtc), dc.Input.TimeZone).DateTime), StringComparer.Ordinal);
        ProgressReport report = ProgressCalculator.Calculate(
            await ProfileRecords.GetAsync(services.Records, user, cancellationToken).ConfigureAwait(false),
            await ContactRecords.ListAsync(services.Records, user, cancellationToken).ConfigureAwait(false),
            await DebriefStore.ListAsync(services, user, cancellationToken).ConfigureAwait(false),
            dc.Now,
            services.ReminderPolicy.Options.KeepInTouchAfter,
            updateNudges);
        dc.Send(ProgressView.Card(report));
        return await dc.EndDialogAsync(report, cancellationToken).ConfigureAwait(false);
    }
}
