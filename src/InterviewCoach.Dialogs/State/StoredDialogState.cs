namespace InterviewCoach.Dialogs.State;

/// <summary>A conversation's serialised dialog state as stored, with the ETag a conditional write must match.</summary>
public sealed record StoredDialogState(string StateJson, string ETag);
