namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// A user's own turn changed their stored conversation reference (a new user, a moved conversation, a new time zone,
/// or the hourly rewrite). Raised only then, so an ordinary turn raises nothing and costs no extra table request.
/// </summary>
/// <param name="User">Who was seen.</param>
/// <param name="TimeZoneId">The time zone their channel reports, if any (not yet checked against the system's zones).</param>
/// <param name="WasAway">Whether they had been marked unreachable (a channel said so, or a feature noted it) since the last turn.</param>
/// <param name="IsNew">
/// Whether this turn created their reference row (no reference nor away mark was stored): a new user, most likely with
/// nothing else stored either, so a handler may insert its first row without reading (a conflict reads and retries).
/// </param>
internal sealed record UserSeen(UserAddress User, string? TimeZoneId, bool WasAway, bool IsNew = false);
