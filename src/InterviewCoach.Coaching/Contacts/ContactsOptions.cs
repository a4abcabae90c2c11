namespace InterviewCoach.Coaching.Contacts;

/// <summary>How the contacts flow was begun: with <see cref="ViewId"/> it opens one contact instead of the list.</summary>
internal sealed record ContactsOptions(string? ViewId);
