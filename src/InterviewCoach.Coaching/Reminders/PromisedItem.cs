namespace InterviewCoach.Coaching.Reminders;

/// <summary>Something the user promised the contact; <paramref name="DueBy"/> when they said by when.</summary>
public sealed record PromisedItem(string Id, string Description, DateTimeOffset? DueBy = null);
