namespace InterviewCoach.Coaching.Reminders;

/// <summary>The snooze buttons a reminder offers; a custom time is given as an instant instead.</summary>
public enum SnoozeChoice
{
    OneHour,
    Tomorrow,
    NextWeek,
}
