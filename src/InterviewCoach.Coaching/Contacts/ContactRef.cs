namespace InterviewCoach.Coaching.Contacts;

/// <summary>Options naming the contact a flow works on.</summary>
internal sealed record ContactRef(string ContactId);
