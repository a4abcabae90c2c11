namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>A button of <see cref="SuggestedActions"/>; <c>imBack</c> posts <see cref="Value"/> as the user's message.</summary>
internal sealed record CardAction
{
    public const string ImBack = "imBack";

    public string Type { get; init; } = ImBack;

    public string? Title { get; init; }

    public string? Value { get; init; }
}
