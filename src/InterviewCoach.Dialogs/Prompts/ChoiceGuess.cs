namespace InterviewCoach.Dialogs.Prompts;

/// <summary>An <see cref="IChoiceMatcher"/>'s reading of a typed answer.</summary>
/// <param name="Choice">The choice the answer most likely means.</param>
/// <param name="Confident">True when it is clear enough to act on; otherwise the prompt asks "Did you mean …?".</param>
public readonly record struct ChoiceGuess(Choice Choice, bool Confident);
