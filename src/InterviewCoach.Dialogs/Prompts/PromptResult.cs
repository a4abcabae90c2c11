namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// What a prompt returns to the step after it. <see cref="Succeeded"/> is false when the prompt gave up after the
/// user's answer was refused <see cref="PromptOptions.MaxAttempts"/> times; the step decides what to do then.
/// </summary>
/// <param name="Succeeded">Whether <see cref="Value"/> holds an accepted answer.</param>
/// <param name="Value">The accepted answer.</param>
/// <param name="Attempts">How many answers it took (1 when the first was accepted).</param>
public sealed record PromptResult<T>(bool Succeeded, T? Value, int Attempts);
