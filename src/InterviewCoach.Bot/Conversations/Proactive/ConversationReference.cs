namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>
/// What a channel needs to message a user unprompted (reminders). <see cref="Payload"/> is the channel's own JSON
/// (Teams: serviceUrl, conversation, bot, user, tenant; Slack: team and DM channel), opaque to everything else.
/// </summary>
/// <param name="User">The user it reaches.</param>
/// <param name="Payload">Channel-specific JSON.</param>
/// <param name="TimeZoneId">The user's IANA time zone as the channel last reported it, if any.</param>
/// <param name="Active">False once the channel said the bot was removed or blocked; reminders pause until the user is back.</param>
/// <param name="UpdatedAt">When it was last refreshed.</param>
internal sealed record ConversationReference(UserAddress User, string Payload, string? TimeZoneId, bool Active, DateTimeOffset UpdatedAt);
