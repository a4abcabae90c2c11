using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// A <c>chat.update</c> to make after a button in one of our messages was used: the pressed question's buttons are
/// replaced by what was picked, so a stale button cannot answer a later question.
/// </summary>
internal sealed record SlackMessageUpdate(string Channel, string Ts, string Text, JsonArray Blocks);
