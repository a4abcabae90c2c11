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

    /// <summary>
    /// The turn text for the command's <c>text</c> field: the command's keyword, followed by the rest of the text (in the
    /// user's own casing) when that command takes arguments (<c>/coach debrief 3fa…</c>, <c>/coach reminders done r1…</c>).
    /// </summary>
    public static string Route(string? text)
    {
        string[] words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string normalized = string.Join(' ', words).ToLowerInvariant();
        if (normalized.Length == 0 || normalized == Menu)
        {
            return Menu;
        }

        (string Phrase, string Keyword)? best = null;
        foreach ((string phrase, string keyword) in Phrases())
        {
            if (normalized == phrase)
            {
                return keyword;
            }

            // "/coach add contact Jane" starts the flow; the longest matching phrase wins.
            if (normalized.StartsWith(phrase + " ", StringComparison.Ordinal) && (best is null || phrase.Length > best.Value.Phrase.Length))
            {
                best = (phrase, keyword);
            }
        }

        if (best is not { } match)
        {
            return Help;
        }

        CoachCommand? command = CoachDialogs.Commands.FirstOrDefault(c => Normalize(c.Keyword) == match.Keyword);
        if (command?.ParseArguments is null)
        {
            return match.Keyword;
        }

        int phraseWords = match.Phrase.Split(' ').Length;
        return match.Keyword + " " + string.Join(' ', words[phraseWords..]);
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
