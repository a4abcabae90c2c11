using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.DevChat;

/// <summary>
/// The local stand-in for the Bot Connector that the dev chat page names as its serviceUrl: it keeps what the bot
/// posts per conversation, in memory, and hands it to the page by polling. Local mode and Development only.
/// </summary>
internal sealed class DevChatConnector
{
    private const int MaxPerConversation = 500;
    private const int MaxConversations = 1000;
    private readonly ConcurrentDictionary<string, List<JsonObject>> _conversations = new(StringComparer.Ordinal);

    public string Post(string conversationId, JsonObject activity)
    {
        if (_conversations.Count >= MaxConversations && !_conversations.ContainsKey(conversationId))
        {
            _conversations.Clear();
        }

        List<JsonObject> list = _conversations.GetOrAdd(conversationId, _ => []);
        lock (list)
        {
            string id = (list.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            activity["id"] = id;
            list.Add(activity);
            if (list.Count > MaxPerConversation)
            {
                list.RemoveAt(0);
            }

            return id;
        }
    }

    /// <summary>Activities after the <paramref name="after"/>-th one posted to the conversation.</summary>
    public (JsonArray Activities, int Next) Read(string conversationId, int after)
    {
        var result = new JsonArray();
        if (!_conversations.TryGetValue(conversationId, out List<JsonObject>? list))
        {
            return (result, after);
        }

        lock (list)
        {
            int total = int.Parse(list[^1]["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            int skip = Math.Max(0, list.Count - (total - after));
            for (int i = skip; i < list.Count; i++)
            {
                result.Add(list[i].DeepClone());
            }

            return (result, total);
        }
    }
}
