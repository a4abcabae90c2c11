namespace InterviewCoach.Coaching.Reminders;

/// <summary>A debrief brought this week's conversations to <paramref name="Conversations"/> (two or more), at <paramref name="At"/>.</summary>
public sealed record WeekOfConversations(DateTimeOffset At, int Conversations) : ReminderEvent;
