using System.Globalization;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Teams;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>A user talking to the host in local mode, Emulator-style, with the replies caught by a loopback <see cref="FakeChannel"/>.</summary>
public sealed class LocalChat(HttpClient client, FakeChannel channel, string userId)
{
    public const string NextQuestion = "What would you like to do next?";
    private static int s_serial;

    public string UserId => userId;

    public string ConversationId => "conv-" + userId;

    /// <summary>Sends a message (text, a card submit value, or both) and returns the status and the replies it produced.</summary>
    public async Task<(int Status, IReadOnlyList<ConnectorCall> Replies)> SayAsync(string? text, JsonObject? value = null)
    {
        JsonObject activity = TeamsFixtures.LoadFor("emulator-message.json", channel.BaseUrl);
        activity["id"] = "chat-" + Interlocked.Increment(ref s_serial).ToString(CultureInfo.InvariantCulture);
        activity["from"]!["id"] = userId;
        activity["conversation"]!["id"] = ConversationId;
        activity["text"] = text;
        activity["value"] = value;
        string path = "/v3/conversations/" + Uri.EscapeDataString(ConversationId) + "/";
        int before = channel.Calls.Count(c => c.Path.StartsWith(path, StringComparison.Ordinal));
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await client.PostAsync("api/messages", content);
        IReadOnlyList<ConnectorCall> replies = [.. channel.Calls.Where(c => c.Path.StartsWith(path, StringComparison.Ordinal)).Skip(before)];
        return ((int)response.StatusCode, replies);
    }

    /// <summary>What the last <see cref="FinishGoalFlowAsync"/> said and got back, for a failure message.</summary>
    public string LastGoalWalk { get; private set; } = string.Empty;

    /// <summary>Walks the goal flow with ordinary answers (starting over if goals are saved); true when it finished and the menu came back.</summary>
    public async Task<bool> FinishGoalFlowAsync(string name = "Ana Souza")
    {
        string[] script = ["menu", "goal", name, "skip", "Still exploring my options", "UX research (design), data journalism", "1, 3", "2"];
        IReadOnlyList<ConnectorCall> last = [];
        var walk = new System.Text.StringBuilder();
        foreach (string line in script)
        {
            (int status, last) = await SayAsync(line);
            walk.Append("> ").AppendLine(line);

            // Goals the walk itself saved earlier are shown first; setting them again starts over.
            if (status == 200 && line == "goal" && last.Any(r => r.PlainText.Contains("or start over?", StringComparison.Ordinal)))
            {
                (status, last) = await SayAsync("start over");
                walk.AppendLine("> start over");
            }

            foreach (ConnectorCall reply in last)
            {
                walk.Append("  ").AppendLine(reply.PlainText.Length > 300 ? reply.PlainText[..300] : reply.PlainText);
            }

            if (status != 200)
            {
                LastGoalWalk = walk.ToString();
                return false;
            }
        }

        LastGoalWalk = walk.ToString();
        return last.Any(r => r.PlainText.Contains(NextQuestion, StringComparison.Ordinal));
    }
}
