using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Bot.Teams;

/// <summary>Reads what a turn needs from an inbound activity: who, which tenant, the text without mentions, locale and time zone.</summary>
internal static partial class ActivityReader
{
    /// <summary>Used when an activity names no tenant (Emulator, dev chat).</summary>
    public const string NoTenant = "none";

    /// <summary>
    /// Longest id, name, locale or time zone accepted. The Bot Framework's are far shorter; the bound keeps what is
    /// stored from them (keys, the conversation reference) well inside a Table entity's limits.
    /// </summary>
    public const int MaxFieldLength = 1024;

    /// <summary>Reads, once, what every handler of <paramref name="activity"/> needs from it.</summary>
    public static InboundActivity Read(Activity activity, Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? tenantId = TenantId(activity);
        string? userId = activity.From?.Id;
        UserAddress? user = string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(activity.ChannelId)
            ? null
            : new UserAddress(activity.ChannelId, tenantId ?? NoTenant, userId);
        return new InboundActivity(activity, serviceUrl, tenantId, user, Locale(activity), TimeZoneId(activity), IsPersonal(activity));
    }

    /// <summary>The name of the first addressing field longer than <see cref="MaxFieldLength"/>, or null when all fit.</summary>
    public static string? OversizedField(InboundActivity inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        Activity activity = inbound.Activity;
        (string Name, string? Value)[] fields =
        [
            ("id", activity.Id), ("channelId", activity.ChannelId), ("serviceUrl", activity.ServiceUrl), ("name", activity.Name),
            ("action", activity.Action), ("locale", inbound.Locale), ("localTimezone", activity.LocalTimezone), ("timezone", inbound.TimeZoneId),
            ("from.id", activity.From?.Id), ("from.name", activity.From?.Name), ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id), ("recipient.name", activity.Recipient?.Name),
            ("conversation.id", activity.Conversation?.Id), ("conversation.conversationType", activity.Conversation?.ConversationType),
            ("tenant", inbound.TenantId),
        ];
        foreach ((string name, string? value) in fields)
        {
            if (value?.Length > MaxFieldLength)
            {
                return name;
            }
        }

        return null;
    }

    private static string? TenantId(Activity activity)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out JsonElement tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out JsonElement id)
            && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            return id.GetString();
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;
    }

    /// <summary>The IANA zone from the <c>clientInfo</c> entity, else the top-level <c>localTimezone</c>.</summary>
    private static string? TimeZoneId(Activity activity) =>
        ClientInfo(activity, "timezone") ?? (string.IsNullOrWhiteSpace(activity.LocalTimezone) ? null : activity.LocalTimezone);

    private static string? Locale(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Locale) ? ClientInfo(activity, "locale") : activity.Locale;

    /// <summary>The user's text with <c>&lt;at&gt;...&lt;/at&gt;</c> mentions removed and whitespace trimmed (line breaks kept); null when nothing is left.</summary>
    public static string? Text(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Text))
        {
            return null;
        }

        string text = MentionPattern().Replace(activity.Text, " ").Replace("&nbsp;", " ", StringComparison.Ordinal);

        // Runs of spaces collapse, but line breaks stay: a list typed one item per line is still a list.
        text = string.Join('\n', text.Split('\n').Select(line => WhitespacePattern().Replace(line, " ").Trim()).Where(line => line.Length > 0));
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// True for a 1:1 conversation. Teams always says which (<c>personal</c>, <c>groupChat</c>, <c>channel</c>), so a
    /// Teams activity that does not say is not taken as personal: a channel thread must never become a user's private
    /// reminder target. Only channels without conversation types (the Emulator, dev chat) rely on <c>isGroup</c>.
    /// </summary>
    public static bool IsPersonal(Activity activity) =>
        activity.Conversation is { } conversation
        && conversation.IsGroup != true
        && (string.Equals(conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
            || (conversation.ConversationType is null && !string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase)));

    public const string TeamsChannelId = "msteams";

    private static string? ClientInfo(Activity activity, string property)
    {
        if (activity.Entities is null)
        {
            return null;
        }

        foreach (JsonElement entity in activity.Entities)
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out JsonElement type)
                && type.ValueKind == JsonValueKind.String
                && string.Equals(type.GetString(), "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.TryGetProperty(property, out JsonElement value)
                && value.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString();
            }
        }

        return null;
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WhitespacePattern();
}
