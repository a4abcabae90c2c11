using System.Text.Json.Serialization;

namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>Source-generated JSON for the protocol: camelCase, nulls omitted, property names matched case-insensitively.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(TeamsConversationReference))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
