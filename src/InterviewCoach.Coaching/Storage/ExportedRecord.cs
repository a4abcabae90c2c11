namespace InterviewCoach.Coaching.Storage;

/// <summary>One stored record in raw form, for a user's data export.</summary>
public sealed record ExportedRecord(string Kind, string Id, string Json, DateTimeOffset? UpdatedAt);
