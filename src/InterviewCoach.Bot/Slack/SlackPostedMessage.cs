namespace InterviewCoach.Bot.Slack;

/// <summary>Where a message landed: the channel id and the message <c>ts</c> (needed for <c>chat.update</c>).</summary>
internal sealed record SlackPostedMessage(string Channel, string Ts);
