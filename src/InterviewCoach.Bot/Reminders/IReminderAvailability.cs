namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// Whether a user can be reached. The dispatcher pauses a user whose conversation reference is gone; the channel adapters
/// resumes them (<see cref="ReminderUserSeenHandler"/>) when the user's next turn raises <c>UserSeen</c>, and everything held back arrives as one digest.
/// </summary>
internal interface IReminderAvailability
{
    Task PauseUserAsync(string userKey, CancellationToken cancellationToken = default);

    Task ResumeUserAsync(string userKey, CancellationToken cancellationToken = default);
}
