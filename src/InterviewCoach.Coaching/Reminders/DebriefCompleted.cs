namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// The debrief after meeting <paramref name="Contact"/> is done: the meeting ended at <paramref name="HeldAt"/>, the user
/// finished the debrief at <paramref name="CompletedAt"/>. It lists the people they were referred to and what they
/// promised; <paramref name="ReferredBy"/> is whoever introduced the user to this contact, if that person is a contact.
/// </summary>
public sealed record DebriefCompleted(
    ReminderContact Contact,
    DateTimeOffset HeldAt,
    DateTimeOffset CompletedAt,
    IReadOnlyList<ReferralFollowUp> Referrals,
    IReadOnlyList<PromisedItem> Promises,
    ReminderContact? ReferredBy = null) : ReminderEvent;
