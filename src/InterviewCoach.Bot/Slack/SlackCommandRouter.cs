using InterviewCoach.Coaching;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Maps <c>/coach &lt;subcommand&gt;</c> to the turn text the coach understands: the command keyword (<c>goal</c>,
/// <c>add contact</c>…), <c>menu</c> for a bare <c>/coach</c> and <c>help</c> for anything unknown. Keywords come from
/// <see cref="CoachDialogs.Commands"/> at run time plus the fixed set Teams offers, so new flows work without a change here.
/// </summary>
internal static class SlackCommandRouter
{
    public const string Menu = "menu";
    public const string Help = "help";

    /// <summary>The subcommands every channel offers, with their button titles (used when the coach lists none).</summary>
    public static IReadOnlyList<ChoiceButton> FixedCommands { get; } =
    [
        new("Goal", "goal"),
        new("Contacts", "contacts"),
        new("Add contact", "add contact"),
        new("Rehearse", "rehearse"),
        new("Questions", "questions"),
        new("Debrief", "debrief"),
        new("Reminders", "reminders"),
        new("Progress", "progress"),
        new("Help", "help"),
    ];

    /// <summary>The turn text for the command's <c>text</c> field.</summary>
    public static string Route(string? text)
    {
        string normalized = Normalize(text);
        if (normalized.Length == 0 || normalized == Menu)
        {
            return Menu;
        }

        string? best = null;
        foreach ((string phrase, string keyword) in Phrases())
        {
            if (normalized == phrase)
            {
                return keyword;
            }

            // "/coach add contact Jane" starts the flow; the flow asks for the details itself.
            if (normalized.StartsWith(phrase + " ", StringComparison.Ordinal) && (best is null || phrase.Length > best.Length))
            {
                best = phrase;
            }
        }

        return best is null ? Help : Phrases().First(p => p.Phrase == best).Keyword;
    }

    /// <summary>The buttons for menus (App Home): the coach's menu commands, or the fixed set while it lists none.</summary>
    public static IReadOnlyList<ChoiceButton> MenuButtons()
    {
        IReadOnlyList<CoachCommand> commands = CoachDialogs.Commands;
        if (commands.Count == 0)
        {
            return FixedCommands;
        }

        return [.. commands.Where(c => c.InMenu).Select(c => new ChoiceButton(c.Title, c.Keyword))];
    }

    private static IEnumerable<(string Phrase, string Keyword)> Phrases()
    {
        foreach (ChoiceButton command in FixedCommands)
        {
            yield return (command.Value, command.Value);
        }

        foreach (CoachCommand command in CoachDialogs.Commands)
        {
            string keyword = Normalize(command.Keyword);
            yield return (keyword, keyword);
            foreach (string alias in command.Aliases)
            {
                yield return (Normalize(alias), keyword);
            }
        }
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
