using System.Text;

namespace InterviewCoach.Coaching.Menu;

/// <summary>The command list shown by <c>help</c>, built from the command table so new flows appear on their own.</summary>
internal static class CommandHelp
{
    public static string Format(IReadOnlyList<CoachCommand> commands)
    {
        var text = new StringBuilder("Here's what I can do. Type a command (or use the menu buttons):");
        foreach (CoachCommand command in commands)
        {
            text.Append("\n- **").Append(command.Keyword).Append("**: ").Append(command.Description);
        }

        text.Append("\n\nIn the middle of something, **help** explains the current question, **cancel** stops it, ")
            .Append("**restart** begins that part again and **menu** brings you back here. ")
            .Append("While I'm waiting for a button or a short answer you can also type another command, or ask me anything about informational interviews; ")
            .Append("where I've asked you to write freely, type **menu** first.");
        return text.ToString();
    }
}
