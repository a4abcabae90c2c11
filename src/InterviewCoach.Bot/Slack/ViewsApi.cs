using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <inheritdoc cref="IViewsApi"/>
internal sealed class ViewsApi(SlackApiClient client) : IViewsApi
{
    public async Task<string> OpenAsync(string triggerId, JsonObject view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(triggerId);
        ArgumentNullException.ThrowIfNull(view);
        JsonElement response = await client.PostJsonAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken).ConfigureAwait(false);
        return ViewId(response);
    }

    public async Task<string> PublishAsync(string userId, JsonObject view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(view);
        JsonElement response = await client.PostJsonAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view.DeepClone() }, cancellationToken).ConfigureAwait(false);
        return ViewId(response);
    }

    private static string ViewId(JsonElement response) =>
        response.TryGetProperty("view", out JsonElement view) && view.TryGetProperty("id", out JsonElement id) ? id.GetString() ?? string.Empty : string.Empty;
}
