using InterviewCoach.Bot.Conversations;

namespace InterviewCoach.Bot.Slack;

/// <summary>Where to answer a Slack user (our DM channel with them), their IANA time zone and full name, if Slack knows them.</summary>
internal sealed record SlackUserContext(UserAddress User, string Channel, string? TimeZoneId, string? RealName = null);
