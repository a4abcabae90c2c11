using System.Text.Json;

namespace InterviewCoach.Bot.Slack;

/// <inheritdoc cref="IAuthApi"/>
internal sealed class AuthApi(SlackApiClient client) : IAuthApi
{
    public async Task<SlackAuthTest> TestAsync(CancellationToken cancellationToken = default)
    {
        JsonElement response = await client.PostJsonAsync("auth.test", [], cancellationToken).ConfigureAwait(false);
        return new SlackAuthTest(
            String(response, "user_id") ?? string.Empty,
            String(response, "bot_id"),
            String(response, "team_id") ?? string.Empty,
            String(response, "team"),
            String(response, "url"));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
