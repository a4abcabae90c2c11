namespace InterviewCoach.Bot.Slack;

/// <summary>What <c>auth.test</c> says about our token: the bot's user id and bot id (for ignoring our own messages) and the team.</summary>
internal sealed record SlackAuthTest(string UserId, string? BotId, string TeamId, string? Team, string? Url);
