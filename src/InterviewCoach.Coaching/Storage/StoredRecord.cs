namespace InterviewCoach.Coaching.Storage;

/// <summary>A record as stored, with the ETag a conditional save must send back.</summary>
public sealed record StoredRecord<T>(string Id, T Value, string ETag);
