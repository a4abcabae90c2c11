using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs;

/// <summary>
/// Reads a typed answer that no choice's value, number, title or synonym matched, by what it means ("we went to the
/// same uni" for "Same school"). Only a confident guess is taken as the answer; a weaker one is offered back.
/// Never called for button presses or submits.
/// </summary>
public interface IChoiceMatcher
{
    /// <summary>The choice <paramref name="text"/> most likely means, or null when none is close enough to offer.</summary>
    ChoiceGuess? Guess(string text, IReadOnlyList<Choice> choices);
}
