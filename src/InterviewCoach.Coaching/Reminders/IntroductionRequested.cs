namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user asked <paramref name="Via"/>, a mutual contact, to introduce them to <paramref name="Contact"/> (S016).</summary>
public sealed record IntroductionRequested(ReminderContact Contact, string Via, DateTimeOffset At) : ReminderEvent;
