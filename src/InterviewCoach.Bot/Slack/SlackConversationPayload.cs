namespace InterviewCoach.Bot.Slack;

/// <summary>The Slack part of a stored conversation reference: the team, the user and our DM channel with them.</summary>
internal sealed record SlackConversationPayload(string Team, string User, string Channel);
