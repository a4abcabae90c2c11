using System.Text.Json;

namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>
/// A Bot Framework Activity: the one message shape of the Bot Connector protocol. Only the fields the bot reads or
/// writes are modelled; unknown fields, activity types and entity types are tolerated and ignored, as the protocol
/// requires (spec A2005, A2006, A2104).
/// </summary>
/// <remarks>
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object
/// and https://github.com/microsoft/Agents/blob/main/specs/activity/protocol-activity.md.
/// Timestamps stay strings: the bot never computes with them and a channel's odd format must not fail a turn.
/// </remarks>
internal sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Timestamp { get; init; }

    public string? LocalTimestamp { get; init; }

    /// <summary>The user's IANA time zone (recent Teams payloads).</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Where replies go: the base URL of the Connector REST API for this conversation.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary><c>msteams</c>, <c>emulator</c>, ...</summary>
    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<JsonElement>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    /// <summary><c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>The operation of an <c>invoke</c> (e.g. <c>adaptiveCard/action</c>).</summary>
    public string? Name { get; init; }

    /// <summary>A card submit payload (message) or the invoke's parameters.</summary>
    public JsonElement? Value { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public string? InputHint { get; init; }
}
