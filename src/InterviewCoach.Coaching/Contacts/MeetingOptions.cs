namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Who the meeting is with, for the questions' wording; the contact (for its usual length) when known; the goal
/// saved before, offered again when the meeting is edited; the day and time when typed with the command
/// (<c>meeting with Maria next Tuesday at 2pm</c>).
/// </summary>
internal sealed record MeetingOptions(string ContactName, string? ContactId = null, string? Goal = null, string? WhenText = null);
