namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// What the meeting questions end with when the answer to "where?" said no meeting is arranged yet: someone is to call
/// again. The caller books nothing; when the user is to call back it plans the call instead.
/// </summary>
/// <param name="UserCallsBack">True when the user is to call again; false when the contact will be in touch first.</param>
/// <param name="CallBackWhen">The words naming when to call, when the answer gave them ("call back Thursday at 3").</param>
internal sealed record MeetingPutOff(bool UserCallsBack, string? CallBackWhen);
