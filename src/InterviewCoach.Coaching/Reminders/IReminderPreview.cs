using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// Renders a reminder exactly as its proactive message will look, so the <c>reminders</c> list can offer "Send now".
/// Only the host's local development mode provides one; elsewhere the button does not exist.
/// </summary>
public interface IReminderPreview
{
    IReadOnlyList<Reply> Render(ScheduledReminder reminder, TimeZoneInfo zone);
}
