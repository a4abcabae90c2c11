namespace InterviewCoach.Dialogs.Prompts;

/// <summary>An option of a choice prompt: a stable <see cref="Value"/>, the <see cref="Title"/> shown, and words that also pick it.</summary>
public sealed record Choice(string Value, string Title)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>
    /// What the option acts on, in the words the user saw (a reminder's title): never shown or matched as a title, so a
    /// reader of typed answers can tell "the one about Tom" from the others.
    /// </summary>
    public string? About { get; init; }
}
