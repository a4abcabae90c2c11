namespace InterviewCoach.Coaching.Reminders;

/// <summary>What a <c>reminders</c> command asks for.</summary>
internal enum ReminderVerb
{
    List,
    Done,
    Snooze,
    SendNow,
    Missed,
    Cancel,
    TimeZone,
    QuietHours,
    Unknown,
}
