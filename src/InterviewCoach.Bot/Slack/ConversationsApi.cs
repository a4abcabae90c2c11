using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <inheritdoc cref="IConversationsApi"/>
internal sealed class ConversationsApi(SlackApiClient client) : IConversationsApi
{
    public async Task<string> OpenAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        JsonElement response = await client.PostJsonAsync("conversations.open", new JsonObject { ["users"] = userId }, cancellationToken).ConfigureAwait(false);
        return response.GetProperty("channel").GetProperty("id").GetString()
            ?? throw new SlackApiException("conversations.open", "invalid_response");
    }
}
