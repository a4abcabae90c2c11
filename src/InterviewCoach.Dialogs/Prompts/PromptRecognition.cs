using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>What a prompt's recognizer made of the user's answer.</summary>
/// <param name="Succeeded">Whether the answer was understood.</param>
/// <param name="Value">The understood value.</param>
/// <param name="Error">Why it was refused, when that says more than the retry prompt.</param>
/// <param name="FieldErrors">A form's refused fields.</param>
/// <param name="NearMiss">The answer was close to one the prompt offers (the error says which), so it is not handed on as a question or command.</param>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value, string? Error = null, IReadOnlyList<FormFieldError>? FieldErrors = null, bool NearMiss = false);
