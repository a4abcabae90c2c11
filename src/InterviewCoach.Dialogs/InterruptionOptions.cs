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

    /// <summary>Stop everything and show the menu.</summary>
    public IReadOnlyCollection<string> Menu { get; init; } = ["menu", "main menu", "home", "back to menu", "show menu"];
}
