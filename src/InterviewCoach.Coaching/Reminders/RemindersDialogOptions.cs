namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// How the <c>reminders</c> flow begins: <paramref name="Command"/> is the text after the keyword (<c>done r12ab</c>,
/// <c>snooze r12ab Tomorrow</c>, <c>timezone</c>...), empty or null for the list.
/// </summary>
/// <param name="Command">The text after <c>reminders</c>.</param>
/// <param name="BackToList">Whether to show the list again once the action is done (actions picked from the list).</param>
/// <param name="Words">What the user typed that led here ("only weekdays after 6pm"), for the step it starts to read.</param>
public sealed record RemindersDialogOptions(string? Command, bool BackToList = false, string? Words = null)
{
    /// <summary>The options for the text typed (or pressed) after <c>reminders</c>.</summary>
    public static RemindersDialogOptions FromArguments(string text) => new(text);

    /// <summary>"remind me to email Maria on Thursday": a reminder asked for in words, which the list answers.</summary>
    public static RemindersDialogOptions ForTask(string text) => new(Command: null) { Task = text };

    /// <summary>A task the user asked to be reminded of; the coach sets reminders from what is logged, so it says how.</summary>
    public string? Task { get; init; }
}
