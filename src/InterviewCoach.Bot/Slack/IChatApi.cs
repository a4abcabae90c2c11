using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>chat.*</c> Web API methods.</summary>
internal interface IChatApi
{
    /// <summary>
    /// Posts a message; <paramref name="text"/> is the notification fallback when <paramref name="blocks"/> are given.
    /// Paced to about one message per second per channel. With <paramref name="threadTs"/> it is a reply in that thread.
    /// See <see href="https://docs.slack.dev/reference/methods/chat.postMessage">chat.postMessage</see>.
    /// </summary>
    Task<SlackPostedMessage> PostMessageAsync(string channel, string text, JsonArray? blocks = null, string? threadTs = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Shows a message only <paramref name="user"/> sees in <paramref name="channel"/>; returns its <c>message_ts</c>.
    /// See <see href="https://docs.slack.dev/reference/methods/chat.postEphemeral">chat.postEphemeral</see>.
    /// </summary>
    Task<string> PostEphemeralAsync(string channel, string user, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces a message the bot posted. See <see href="https://docs.slack.dev/reference/methods/chat.update">chat.update</see>.
    /// </summary>
    Task<SlackPostedMessage> UpdateAsync(string channel, string ts, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default);
}
