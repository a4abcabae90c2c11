namespace InterviewCoach.Coaching.Reminders;

/// <summary>Someone the contact suggested; <paramref name="MayUseName"/> when the contact agreed to be named.</summary>
public sealed record ReferralFollowUp(ReminderContact Contact, bool MayUseName);
