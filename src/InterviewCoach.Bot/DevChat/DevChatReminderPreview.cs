using InterviewCoach.Bot.Reminders;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.DevChat;

/// <summary>
/// "Send now" in the <c>reminders</c> list, for local try-outs: the reminder rendered exactly as the dispatcher would
/// deliver it (same card, same buttons). Registered only in Development local mode.
/// </summary>
internal sealed class DevChatReminderPreview : IReminderPreview
{
    public IReadOnlyList<Reply> Render(ScheduledReminder reminder, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var entity = new ReminderEntity
        {
            RowKey = reminder.Id,
            Kind = reminder.Kind,
            Title = reminder.Title,
            Body = reminder.Body,
            FlowCommand = reminder.FlowCommand,
            ContactId = reminder.ContactId,
            DueUtc = reminder.DueUtc,
        };
        return ReminderDigestRenderer.Render(new ReminderDigest(string.Empty, [ReminderDispatcher.ToDigestItem(entity)]), zone);
    }
}
