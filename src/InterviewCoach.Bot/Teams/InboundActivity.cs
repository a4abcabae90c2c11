using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Teams.Schema;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// An authenticated inbound activity with what its handlers need from it, read once per request by
/// <see cref="ActivityReader.Read"/> so no handler derives the tenant, locale or time zone again.
/// </summary>
/// <param name="Activity">The activity as received.</param>
/// <param name="ServiceUrl">Where replies go (validated as an absolute http(s) URL).</param>
/// <param name="TenantId">The tenant from <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>; null when neither names one.</param>
/// <param name="User">The sender's address, or null when the activity names no sender.</param>
/// <param name="Locale">The user's locale, from the activity or its <c>clientInfo</c> entity.</param>
/// <param name="TimeZoneId">The user's IANA time zone, from the <c>clientInfo</c> entity or <c>localTimezone</c>.</param>
/// <param name="IsPersonal">True in a 1:1 conversation (see <see cref="ActivityReader.IsPersonal"/>).</param>
internal sealed record InboundActivity(
    Activity Activity,
    Uri ServiceUrl,
    string? TenantId,
    UserAddress? User,
    string? Locale,
    string? TimeZoneId,
    bool IsPersonal);
