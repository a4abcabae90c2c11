namespace InterviewCoach.Coaching.Reminders;

/// <summary>The user decided not to approach <paramref name="Referral"/> (S095): every pending reminder about them goes.</summary>
public sealed record ReferralDropped(ReminderContact Referral) : ReminderEvent;
