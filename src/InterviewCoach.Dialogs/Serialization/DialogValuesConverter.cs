using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewCoach.Dialogs.Serialization;

/// <summary>Writes a <see cref="DialogValues"/> as a plain JSON object of its stored values.</summary>
internal sealed class DialogValuesConverter : JsonConverter<DialogValues>
{
    public override DialogValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Dialog values must be a JSON object.");
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString() ?? throw new JsonException("A dialog value has no name.");
            reader.Read();
            values[name] = JsonElement.ParseValue(ref reader);
        }

        return new DialogValues(values);
    }

    public override void Write(Utf8JsonWriter writer, DialogValues value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, JsonElement> pair in value.Raw)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
