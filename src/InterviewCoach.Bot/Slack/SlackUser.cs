namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The parts of a <c>users.info</c> user we use. <see cref="TimeZone"/> is the IANA id (<c>tz</c>); schedule with it,
/// not with <see cref="TimeZoneOffsetSeconds"/>, which is only today's offset. <see cref="RealName"/> is the
/// profile's full name (<c>profile.real_name</c>, else <c>real_name</c>).
/// </summary>
internal sealed record SlackUser(string Id, string? TimeZone, string? TimeZoneLabel, int? TimeZoneOffsetSeconds, bool IsBot, bool Deleted, string? Locale, string? RealName = null);
