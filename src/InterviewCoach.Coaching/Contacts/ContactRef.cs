namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Options naming the contact a flow works on. For the stage flow, <paramref name="Stage"/> is a stage already chosen
/// (typed with a command such as <c>meeting with Maria</c>) and <paramref name="MeetingWhen"/> the meeting's day and
/// time as typed, if given.
/// </summary>
internal sealed record ContactRef(string ContactId, ContactStage? Stage = null, string? MeetingWhen = null);
