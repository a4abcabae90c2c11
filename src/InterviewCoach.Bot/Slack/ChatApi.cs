using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <inheritdoc cref="IChatApi"/>
internal sealed class ChatApi(SlackApiClient client, SlackChannelPacer pacer) : IChatApi
{
    public async Task<SlackPostedMessage> PostMessageAsync(string channel, string text, JsonArray? blocks = null, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(text);
        await pacer.WaitAsync(channel, cancellationToken).ConfigureAwait(false);
        JsonObject body = Message(channel, text, blocks);
        if (!string.IsNullOrEmpty(threadTs))
        {
            body["thread_ts"] = threadTs;
        }

        JsonElement response = await client.PostJsonAsync("chat.postMessage", body, cancellationToken).ConfigureAwait(false);
        return new SlackPostedMessage(response.GetProperty("channel").GetString() ?? channel, response.GetProperty("ts").GetString() ?? string.Empty);
    }

    public async Task<string> PostEphemeralAsync(string channel, string user, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(user);
        JsonObject body = Message(channel, text, blocks);
        body["user"] = user;
        JsonElement response = await client.PostJsonAsync("chat.postEphemeral", body, cancellationToken).ConfigureAwait(false);
        return response.TryGetProperty("message_ts", out JsonElement ts) ? ts.GetString() ?? string.Empty : string.Empty;
    }

    public async Task<SlackPostedMessage> UpdateAsync(string channel, string ts, string text, JsonArray? blocks = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(ts);
        JsonObject body = Message(channel, text, blocks);
        body["ts"] = ts;
        JsonElement response = await client.PostJsonAsync("chat.update", body, cancellationToken).ConfigureAwait(false);
        return new SlackPostedMessage(response.GetProperty("channel").GetString() ?? channel, response.GetProperty("ts").GetString() ?? ts);
    }

    private static JsonObject Message(string channel, string text, JsonArray? blocks)
    {
        var body = new JsonObject { ["channel"] = channel, ["text"] = text };
        if (blocks is { Count: > 0 })
        {
            body["blocks"] = blocks.DeepClone();
        }

        return body;
    }
}
