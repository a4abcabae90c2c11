using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>The state of one input element: which of its value fields is set depends on <see cref="Type"/>.</summary>
/// <remarks>https://api.slack.com/reference/interaction-payloads/views#view_submission_fields</remarks>
internal sealed record SlackElementState
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>A text or number input (null when left empty).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("selected_date")]
    public string? SelectedDate { get; init; }

    [JsonPropertyName("selected_time")]
    public string? SelectedTime { get; init; }

    /// <summary>A static select or radio buttons.</summary>
    [JsonPropertyName("selected_option")]
    public SlackOption? SelectedOption { get; init; }

    /// <summary>A multi-select or checkboxes.</summary>
    [JsonPropertyName("selected_options")]
    public IReadOnlyList<SlackOption?>? SelectedOptions { get; init; }
}
