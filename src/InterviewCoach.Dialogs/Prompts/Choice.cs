namespace InterviewCoach.Dialogs.Prompts;

/// <summary>An option of a choice prompt: a stable <see cref="Value"/>, the <see cref="Title"/> shown, and words that also pick it.</summary>
public sealed record Choice(string Value, string Title)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
