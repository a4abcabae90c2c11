namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>Quick-reply buttons under a message; Teams shows the first three.</summary>
internal sealed record SuggestedActions
{
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
