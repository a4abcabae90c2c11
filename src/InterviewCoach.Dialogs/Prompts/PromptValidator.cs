namespace InterviewCoach.Dialogs.Prompts;

/// <summary>Checks a recognized answer; return false (optionally setting <see cref="PromptValidatorContext{T}.RetryMessage"/>) to ask again.</summary>
public delegate ValueTask<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);
