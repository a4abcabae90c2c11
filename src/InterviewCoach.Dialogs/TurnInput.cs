using System.Text.Json;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs;

/// <summary>What a channel adapter hands the engine for one user turn.</summary>
/// <remarks>
/// Button presses and card or modal submits arrive in <see cref="Value"/>; see
/// <see cref="Replies.ButtonPayload"/> and <see cref="Replies.FormReply"/> for the conventions.
/// </remarks>
public sealed record TurnInput
{
    private readonly JsonElement? _value;

    /// <summary>Identifies the conversation; the storage key of its dialog state. Already safe for the store.</summary>
    public required string ConversationKey { get; init; }

    /// <summary>Identifies the user within the channel and tenant.</summary>
    public required string UserKey { get; init; }

    /// <summary>What the user typed, with bot mentions already stripped; <see langword="null"/> for a pure submit.</summary>
    public string? Text { get; init; }

    /// <summary>A button payload or a card/modal submit.</summary>
    public JsonElement? Value
    {
        get => _value;
        init
        {
            _value = value;
            Choice = ButtonPayload.TryGetChoice(value, out string choice) ? choice : null;
        }
    }

    /// <summary>
    /// The pressed button's value when <see cref="Value"/> is a <see cref="ButtonPayload"/> choice, read once when the
    /// value is set so the host, the runner and the prompt do not each parse the payload again.
    /// </summary>
    public string? Choice { get; private init; }

    /// <summary>
    /// The user opened the chat or installed the bot again and typed nothing: a conversation already under way picks
    /// up where it was, with its question asked again, rather than reading the silence as an answer.
    /// </summary>
    public bool Opened { get; init; }

    /// <summary>The channel the turn came from (<c>msteams</c>, <c>slack</c>, ...), for the host's metrics; the engine does not read it.</summary>
    public string? Channel { get; init; }

    /// <summary>The user's locale, e.g. <c>en-US</c>. Recognizers are English-only for now.</summary>
    public string Locale { get; init; } = "en-US";

    /// <summary>The user's time zone; dates and times the user types are resolved in it.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Identifies this delivery (an activity id, an event id). The conversation remembers the last few it saved, so a
    /// channel's redelivery is answered with nothing and writes nothing; <see langword="null"/> when the channel gives none.
    /// </summary>
    public string? DeliveryId { get; init; }

    /// <summary>
    /// The name the channel shows for the user (Teams <c>from.name</c>, Slack's real name), when it gave one: a
    /// suggestion a flow may offer, never stored unless the user picks it.
    /// </summary>
    public string? DisplayName { get; init; }
}
