using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>The values of a view's or message's input elements: block id → action id → the element's state.</summary>
internal sealed record SlackViewState
{
    [JsonPropertyName("values")]
    public Dictionary<string, Dictionary<string, SlackElementState?>?>? Values { get; init; }
}
