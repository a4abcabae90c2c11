namespace InterviewCoach.Coaching.Reminders;

/// <summary>The debrief after meeting <paramref name="Contact"/> is done, with the people they referred the user to and what the user promised.</summary>
public sealed record DebriefCompleted(
    ReminderContact Contact,
    DateTimeOffset CompletedAt,
    IReadOnlyList<ReminderContact> Referrals,
    IReadOnlyList<PromisedItem> Promises) : ReminderEvent;
