using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <summary>One Slack message ready for <c>chat.postMessage</c>: notification text and Block Kit blocks.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks);
