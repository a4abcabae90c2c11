using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching;

/// <summary>What the coaching flows need from the host: the user's records and the clock.</summary>
public sealed record CoachServices(IUserRecordStore Records, TimeProvider Time);
