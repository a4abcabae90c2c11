namespace InterviewCoach.Coaching.Reminders;

/// <summary>The buttons a reminder carries; channel adapters render them as Adaptive Card or Block Kit buttons.</summary>
public enum ReminderActionKind
{
    Done,
    Snooze,
    OpenFlow,
}
