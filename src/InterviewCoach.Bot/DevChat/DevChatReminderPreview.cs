using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.DevChat;

/// <summary>
/// "Send now" in the <c>reminders</c> list, for local try-outs: the reminder rendered exactly as the dispatcher would
/// deliver it (the same presenter, so the same card and buttons). Registered only in Development local mode.
/// </summary>
internal sealed class DevChatReminderPreview : IReminderPreview
{
    public IReadOnlyList<Reply> Render(ScheduledReminder reminder, TimeZoneInfo zone) =>
        ReminderPresenter.Render(ReminderPresenter.Digest(string.Empty, [reminder]), zone);
}
