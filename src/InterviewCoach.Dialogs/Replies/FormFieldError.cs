namespace InterviewCoach.Dialogs.Replies;

/// <summary>Why a submitted field was refused; Slack adapters answer <c>response_action: errors</c> keyed by <see cref="FieldId"/>.</summary>
public sealed record FormFieldError(string FieldId, string Message);
