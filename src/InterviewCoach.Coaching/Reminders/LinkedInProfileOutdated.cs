namespace InterviewCoach.Coaching.Reminders;

/// <summary>Before the first ask the user said their LinkedIn profile is not current (S015).</summary>
public sealed record LinkedInProfileOutdated(DateTimeOffset At) : ReminderEvent;
