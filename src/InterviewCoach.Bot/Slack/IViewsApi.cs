using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>views.*</c> Web API methods (modals and the App Home tab).</summary>
internal interface IViewsApi
{
    /// <summary>
    /// Opens a modal; <paramref name="triggerId"/> comes from an interaction and expires after 3 seconds. Returns the view id.
    /// See <see href="https://docs.slack.dev/reference/methods/views.open">views.open</see>.
    /// </summary>
    Task<string> OpenAsync(string triggerId, JsonObject view, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes <paramref name="userId"/>'s App Home tab (a view of type <c>home</c>). Returns the view id.
    /// See <see href="https://docs.slack.dev/reference/methods/views.publish">views.publish</see>.
    /// </summary>
    Task<string> PublishAsync(string userId, JsonObject view, CancellationToken cancellationToken = default);
}
