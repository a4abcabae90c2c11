namespace InterviewCoach.Bot.Teams;

/// <summary>The user's answer to a file consent card: which file, and for an accept, where to upload and what Teams calls it.</summary>
internal sealed record FileConsentResponse(bool Accepted, string FileId, Uri? UploadUrl, string? ContentUrl, string? Name, string? UniqueId, string? FileType);
