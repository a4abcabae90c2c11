namespace InterviewCoach.Coaching.Reminders;

/// <summary>Everything due for one user at one time, delivered as a single message. Channel-neutral: <see cref="ReminderPresenter"/> builds and renders it.</summary>
public sealed record ReminderDigest(string UserKey, IReadOnlyList<ReminderDigestItem> Items);
