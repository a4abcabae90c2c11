using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The <c>payload</c> of a request to the interactivity URL: a <c>block_actions</c> press (buttons, selects, pickers)
/// or a <c>view_submission</c> of one of our modals. Only the fields the bot reads are modelled.
/// </summary>
/// <remarks>
/// https://api.slack.com/reference/interaction-payloads/block-actions and
/// https://api.slack.com/reference/interaction-payloads/views#view_submission
/// </remarks>
internal sealed record SlackInteraction
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("user")]
    public SlackInteractionUser? User { get; init; }

    [JsonPropertyName("team")]
    public SlackTeam? Team { get; init; }

    /// <summary>Lets the app open a modal within 3 seconds of the interaction.</summary>
    [JsonPropertyName("trigger_id")]
    public string? TriggerId { get; init; }

    [JsonPropertyName("response_url")]
    public string? ResponseUrl { get; init; }

    /// <summary>Where the pressed element sits (a message, a view).</summary>
    [JsonPropertyName("container")]
    public SlackContainer? Container { get; init; }

    /// <summary>The message the pressed element is in, when it is in a message.</summary>
    [JsonPropertyName("message")]
    public SlackInteractionMessage? Message { get; init; }

    /// <summary><c>block_actions</c>: what was pressed (one action per payload in practice).</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<SlackAction?>? Actions { get; init; }

    /// <summary><c>block_actions</c> in a message: the current values of its input elements.</summary>
    [JsonPropertyName("state")]
    public SlackViewState? State { get; init; }

    /// <summary><c>view_submission</c>: the submitted modal.</summary>
    [JsonPropertyName("view")]
    public SlackView? View { get; init; }

    /// <summary>The team of the user who interacted, else the payload's team; empty when neither is named.</summary>
    public string TeamId() =>
        !string.IsNullOrEmpty(User?.TeamId) ? User.TeamId : Team?.Id ?? string.Empty;

    /// <summary>The value of input element <paramref name="actionId"/> in block <paramref name="blockId"/> of <see cref="State"/>.</summary>
    public SlackElementState? StateValue(string blockId, string actionId) =>
        State?.Values is { } blocks && blocks.TryGetValue(blockId, out Dictionary<string, SlackElementState?>? block)
            && block is not null && block.TryGetValue(actionId, out SlackElementState? element)
            ? element
            : null;
}
