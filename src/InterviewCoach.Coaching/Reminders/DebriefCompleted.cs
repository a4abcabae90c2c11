namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// The debrief after meeting <paramref name="Contact"/> is done: the meeting ended at <paramref name="HeldAt"/>, the user
/// finished the debrief at <paramref name="CompletedAt"/>. It lists the people they were referred to and what they
/// promised; <paramref name="ReferredBy"/> is whoever introduced the user to this contact, if that person is a contact.
/// <paramref name="StayInTouch"/> when the contact agreed to hear from the user again (only then is a keep-in-touch
/// update planned); <paramref name="Handwritten"/> when the thank-you goes as a posted card rather than an email.
/// </summary>
public sealed record DebriefCompleted(
    ReminderContact Contact,
    DateTimeOffset HeldAt,
    DateTimeOffset CompletedAt,
    IReadOnlyList<ReferralFollowUp> Referrals,
    IReadOnlyList<PromisedItem> Promises,
    ReminderContact? ReferredBy = null,
    bool StayInTouch = false,
    bool Handwritten = false) : ReminderEvent;
