using System.Text.Json.Serialization;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Source-generated JSON for the Slack feature's own records, the inbound Events API and interaction payloads (their
/// snake_case names are spelled on each property), and for reading a waiting form from dialog state.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SlackConversationPayload))]
[JsonSerializable(typeof(FormReply))]
[JsonSerializable(typeof(SlackEventEnvelope))]
[JsonSerializable(typeof(SlackInteraction))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
