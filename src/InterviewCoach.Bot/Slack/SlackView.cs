using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>A submitted modal: which of ours it is, the form it shows, and what the user entered.</summary>
internal sealed record SlackView
{
    /// <summary><see cref="SlackActionIds.FormCallback"/> for our form modals.</summary>
    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; init; }

    /// <summary>The id of the engine form the modal shows.</summary>
    [JsonPropertyName("private_metadata")]
    public string? PrivateMetadata { get; init; }

    [JsonPropertyName("state")]
    public SlackViewState? State { get; init; }
}
