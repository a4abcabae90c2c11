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
            .Append("To switch to another command part-way through, type **menu** first.");
        return text.ToString();
    }
}
