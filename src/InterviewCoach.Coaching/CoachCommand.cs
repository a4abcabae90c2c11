namespace InterviewCoach.Coaching;

/// <summary>
/// A short command a user can type (or press in the menu) to start a flow, in any order and from any channel:
/// Teams types it, Slack maps <c>/coach &lt;keyword&gt;</c> to it.
/// </summary>
/// <param name="Keyword">The command as typed, lower case ("goal", "add contact").</param>
/// <param name="Title">The menu button's title.</param>
/// <param name="Description">One line for the help list.</param>
/// <param name="DialogId">The dialog it starts.</param>
/// <param name="Aliases">Other phrasings that start the same flow.</param>
public sealed record CoachCommand(string Keyword, string Title, string Description, string DialogId, IReadOnlyList<string> Aliases)
{
    /// <summary>Whether the main menu shows it as a button (help lists every command).</summary>
    public bool InMenu { get; init; } = true;
}
