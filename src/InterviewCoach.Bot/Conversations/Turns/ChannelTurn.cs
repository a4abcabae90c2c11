using System.Text.Json;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>One inbound user turn, already verified and parsed by a channel adapter.</summary>
/// <param name="User">Who sent it.</param>
/// <param name="Text">What the user typed, mentions stripped; null for a pure button press or form submit.</param>
/// <param name="Value">A button payload or card/modal submit (see the engine's ButtonPayload and FormReply conventions).</param>
/// <param name="Locale">The user's locale if the channel gave one.</param>
/// <param name="TimeZoneId">The user's IANA time zone if the channel gave one.</param>
/// <param name="DeliveryId">The channel's id for this delivery (activity id), so a redelivery is dropped; null if none.</param>
/// <param name="DisplayName">The name the channel shows for the user, if any (offered, never stored unless picked).</param>
public sealed record ChannelTurn(UserAddress User, string? Text, JsonElement? Value, string? Locale, string? TimeZoneId, string? DeliveryId = null, string? DisplayName = null);
