namespace InterviewCoach.Bot.Conversations;

/// <summary>
/// Who a turn is from, across channels: the channel ("msteams", "emulator", "slack"), the tenant or Slack team,
/// and the channel's user id. <see cref="Key"/> is the partition for all of the user's data.
/// </summary>
public sealed record UserAddress(string Channel, string Tenant, string UserId)
{
    /// <summary>The user's storage key: channel, tenant/team and user id joined, so no two users share one.</summary>
    public string Key => $"{Channel}|{Tenant}|{UserId}";
}
