namespace InterviewCoach.Coaching.Debrief;

/// <summary>A follow-up the coach wants reminded: what, about whom, and when (null: when the search ends).</summary>
/// <param name="Kind">What it is for.</param>
/// <param name="Title">The reminder's text, in the coach's words ("Send Maria your thank-you note").</param>
/// <param name="DueAt">When to remind; null for <see cref="FollowUpKind.CloseTheLoop"/>.</param>
/// <param name="ContactId">The contact it concerns (for a referral, the new contact).</param>
public sealed record PlannedFollowUp(FollowUpKind Kind, string Title, DateTimeOffset? DueAt, string? ContactId);
