using InterviewCoach.Bot.Conversations;

namespace InterviewCoach.Bot.Slack;

/// <summary>Where to answer a Slack user (our DM channel with them) and their IANA time zone, if Slack knows it.</summary>
internal sealed record SlackUserContext(UserAddress User, string Channel, string? TimeZoneId);
