using System.Text.Json;

namespace InterviewCoach.Bot.Slack;

/// <inheritdoc cref="IUsersApi"/>
internal sealed class UsersApi(SlackApiClient client) : IUsersApi
{
    public async Task<SlackUser> InfoAsync(string userId, bool includeLocale = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var fields = new List<KeyValuePair<string, string>> { new("user", userId) };
        if (includeLocale)
        {
            fields.Add(new("include_locale", "true"));
        }

        JsonElement user = (await client.PostFormAsync("users.info", fields, cancellationToken).ConfigureAwait(false)).GetProperty("user");
        return new SlackUser(
            user.GetProperty("id").GetString() ?? userId,
            String(user, "tz"),
            String(user, "tz_label"),
            user.TryGetProperty("tz_offset", out JsonElement offset) && offset.TryGetInt32(out int seconds) ? seconds : null,
            user.TryGetProperty("is_bot", out JsonElement bot) && bot.ValueKind == JsonValueKind.True,
            user.TryGetProperty("deleted", out JsonElement deleted) && deleted.ValueKind == JsonValueKind.True,
            String(user, "locale"),
            (user.TryGetProperty("profile", out JsonElement profile) && profile.ValueKind == JsonValueKind.Object ? String(profile, "real_name") : null)
                ?? String(user, "real_name"));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
