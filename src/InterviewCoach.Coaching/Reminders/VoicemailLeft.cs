namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user called <paramref name="Contact"/> and left a voicemail.</summary>
public sealed record VoicemailLeft(ReminderContact Contact, DateTimeOffset LeftAt) : ReminderEvent;
