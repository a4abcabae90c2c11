namespace InterviewCoach.Coaching.Contacts;

/// <summary>Who the meeting is with, for the question's wording.</summary>
internal sealed record MeetingOptions(string ContactName);
