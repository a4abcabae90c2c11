using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>A Block Kit text object (<c>plain_text</c> or <c>mrkdwn</c>); only its text is read.</summary>
internal sealed record SlackText
{
    [JsonPropertyName("text")]
    public string? Text { get; init; }
}
