using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.State;

/// <summary>A question a waterfall asked: the step that asked it and the prompt with its options, so "go back" can ask it again.</summary>
/// <param name="Step">The index of the step that began the prompt; its answer goes to the step after it.</param>
/// <param name="PromptId">The id of the prompt dialog.</param>
/// <param name="Prompt">The question, its choices and limits, as asked.</param>
public sealed record AskedQuestion(int Step, string PromptId, PromptOptions Prompt);
