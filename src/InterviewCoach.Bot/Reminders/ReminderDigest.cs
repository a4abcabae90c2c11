namespace InterviewCoach.Bot.Reminders;

/// <summary>Everything due for one user at one time, delivered as a single message. Channel-neutral: adapters render it.</summary>
public sealed record ReminderDigest(string UserKey, IReadOnlyList<ReminderDigestItem> Items);
