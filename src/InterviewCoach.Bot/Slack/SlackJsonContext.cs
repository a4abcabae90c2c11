using System.Text.Json.Serialization;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>Source-generated JSON for the Slack feature's own records and for reading a waiting form from dialog state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SlackConversationPayload))]
[JsonSerializable(typeof(FormReply))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
