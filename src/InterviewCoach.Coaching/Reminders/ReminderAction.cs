namespace InterviewCoach.Coaching.Reminders;

/// <summary>One button: its kind, its label, and the command text the bot receives when it is pressed (for example <c>reminders done r12ab</c>).</summary>
public sealed record ReminderAction(ReminderActionKind Kind, string Label, string Command);
