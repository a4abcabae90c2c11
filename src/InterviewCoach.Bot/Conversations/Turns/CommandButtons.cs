using System.Text.Json;
using InterviewCoach.Coaching;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// Buttons on proactive messages (a reminder's Done, Snooze, "Draft the thank-you note") carry a command with arguments
/// as their value. Pressed while another flow is waiting, such a value would be read as that flow's answer; turned
/// into a start payload it leaves that flow and starts the command's own, as the user meant.
/// </summary>
internal static class CommandButtons
{
    /// <summary>True when <paramref name="choice"/> (a pressed button's value) is a command with arguments.</summary>
    public static bool TryConvert(string? choice, IReadOnlyList<CoachCommand> commands, out JsonElement start)
    {
        start = default;
        if (choice is null)
        {
            return false;
        }

        foreach (CoachCommand command in commands)
        {
            if (command.ParseArguments is not null
                && choice.Length > command.Keyword.Length + 1
                && choice.StartsWith(command.Keyword + " ", StringComparison.OrdinalIgnoreCase))
            {
                start = ButtonPayload.CreateStart(command.DialogId, command.ParseArguments(choice[(command.Keyword.Length + 1)..]));
                return true;
            }
        }

        return false;
    }
}
