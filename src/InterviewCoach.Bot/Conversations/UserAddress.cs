namespace InterviewCoach.Bot.Conversations;

/// <summary>
/// Who a turn is from, across channels: the channel ("msteams", "emulator", "slack"), the tenant or Slack team,
/// and the channel's user id. <see cref="Key"/> is the partition for all of the user's data.
/// </summary>
internal sealed record UserAddress(string Channel, string Tenant, string UserId)
{
    /// <summary>
    /// The user's storage key: channel, tenant/team and user id joined with <c>|</c>. A <c>|</c> or <c>%</c> inside a
    /// part is percent-escaped, so tenant <c>a|b</c> with user <c>c</c> and tenant <c>a</c> with user <c>b|c</c> never
    /// share a key; ids the channels really send contain neither, so their keys are the plain join.
    /// </summary>
    public string Key => $"{Escape(Channel)}|{Escape(Tenant)}|{Escape(UserId)}";

    private static string Escape(string part) =>
        part.AsSpan().IndexOfAny('|', '%') < 0 ? part : part.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);
}
