using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>
/// A file or card in an activity. An Adaptive Card is <c>contentType</c>
/// <see cref="AdaptiveCardContentType"/> with the card JSON object as <see cref="Content"/>.
/// </summary>
internal sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }

    public string? ContentUrl { get; init; }

    public JsonNode? Content { get; init; }

    public string? Name { get; init; }
}
