namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>The meeting the answer is practised for, if any; <see cref="Again"/> skips the introduction on a retry.</summary>
internal sealed record AboutYourselfOptions(string? ContactId, bool Again = false);
