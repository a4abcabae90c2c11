namespace InterviewCoach.Dialogs.Replies;

/// <summary>A section of a card: an optional heading, optional markdown text and an optional bullet list.</summary>
public sealed record CardSection
{
    public string? Heading { get; init; }

    public string? Markdown { get; init; }

    public IReadOnlyList<string> Items { get; init; } = [];
}
