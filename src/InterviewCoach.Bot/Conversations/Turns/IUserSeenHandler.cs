namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>A feature that acts when a user is seen again (reminders resume, and adopt the channel's time zone).</summary>
internal interface IUserSeenHandler
{
    Task HandleAsync(UserSeen seen, CancellationToken cancellationToken);
}
