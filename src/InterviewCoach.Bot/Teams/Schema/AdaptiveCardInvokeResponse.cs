using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>
/// The HTTP 200 body answering an <c>adaptiveCard/action</c> invoke: <see cref="StatusCode"/> 200 with a message or
/// a replacement card, or 400/500 with <c>application/vnd.microsoft.error</c>.
/// </summary>
/// <remarks>https://learn.microsoft.com/adaptive-cards/authoring-cards/universal-action-model#response-format</remarks>
internal sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public const string ErrorType = "application/vnd.microsoft.error";
}
