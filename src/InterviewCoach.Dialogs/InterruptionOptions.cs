namespace InterviewCoach.Dialogs;

/// <summary>
/// The words that interrupt any dialog. A message interrupts when, trimmed, folded to lower case without accents
/// and without trailing punctuation, it equals one of them (so <c>"Cancel!"</c> and <c>" HELP "</c> count but
/// <c>"I need help with my pitch"</c> does not). Button presses never interrupt.
/// </summary>
public sealed record InterruptionOptions
{
    /// <summary>Show the current question's help, then ask it again.</summary>
    public IReadOnlyCollection<string> Help { get; init; } = ["help", "?", "what can i say", "what do i do", "aide", "ayuda"];

    /// <summary>Stop the flow (confirming first when answers would be lost) and go back to the menu.</summary>
    public IReadOnlyCollection<string> Cancel { get; init; } = ["cancel", "stop", "quit", "exit", "abort", "never mind", "nevermind", "forget it", "annuler"];

    /// <summary>Start the current top-level flow again from its first step.</summary>
    public IReadOnlyCollection<string> Restart { get; init; } = ["restart", "start over", "start again", "begin again", "from the top"];

    /// <summary>
    /// Ask the previous question again (see <see cref="WaterfallDialog"/>), or, with none to go back to, this one with a
    /// note. Matched after commas and a leading "wait", "oops", "sorry", "actually" or "no" are dropped, so
    /// "wait, go back" and "oops, undo that" count.
    /// </summary>
    public IReadOnlyCollection<string> Back { get; init; } =
    [
        "back", "go back", "go back one", "go back a step", "go back one step", "step back", "back one", "back a step", "previous", "previous question",
        "last question", "go to the last question", "go back to the last question", "go back to the previous question", "undo", "undo that",
        "undo the last one", "change the last one", "change my last answer", "change the last answer", "change that last one", "i want to change my last answer",
        "let me change my last answer", "can i change my last answer", "can i go back", "let me go back", "i want to go back", "take me back", "one step back",
    ];

    /// <summary>Stop everything and show the menu.</summary>
    public IReadOnlyCollection<string> Menu { get; init; } = ["menu", "main menu", "home", "back to menu", "show menu"];
}
