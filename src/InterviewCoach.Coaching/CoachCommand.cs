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

    /// <summary>
    /// Reads the text typed after the keyword (<c>reminders done r12ab</c>, <c>debrief 3fa...</c>) into the options the
    /// flow begins with; null options start the flow as if the keyword were typed alone. Commands without it only
    /// match when typed on their own.
    /// </summary>
    public Func<string, object?>? ParseArguments { get; init; }
}
