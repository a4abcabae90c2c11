using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Serialization;

/// <summary>The one cached set of serializer options the engine uses.</summary>
internal static class DialogJson
{
    /// <summary>
    /// Source-generated metadata first, reflection only for the host's own option and value types
    /// (the engine cannot know them at compile time).
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(DialogJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static JsonTypeInfo<DialogState> State => DialogJsonContext.Default.DialogState;

    public static string Serialize(DialogState state) => JsonSerializer.Serialize(state, State);

    public static DialogState? Deserialize(string json) => JsonSerializer.Deserialize(json, State);

    public static JsonElement? ToElement(object? value) => value switch
    {
        null => null,
        JsonElement element => element,
        _ => JsonSerializer.SerializeToElement(value, Options.GetTypeInfo(value.GetType())),
    };

    public static T? FromObject<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JsonElement element => element.Deserialize((JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T))),
        _ => throw new InvalidCastException($"Options of type {value.GetType().Name} cannot be read as {typeof(T).Name}."),
    };
}
