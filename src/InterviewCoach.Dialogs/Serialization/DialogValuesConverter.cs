using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewCoach.Dialogs.Serialization;

/// <summary>Writes a <see cref="DialogValues"/> as a plain JSON object of its stored values, copying each value's UTF-8 JSON as is.</summary>
internal sealed class DialogValuesConverter : JsonConverter<DialogValues>
{
    public override DialogValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValues(ref reader);

    public override void Write(Utf8JsonWriter writer, DialogValues value, JsonSerializerOptions options) => WriteValues(writer, value);

    internal static DialogValues ReadValues(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Dialog values must be a JSON object.");
        }

        var values = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString() ?? throw new JsonException("A dialog value has no name.");
            reader.Read();
            values[name] = ReadRaw(ref reader);
        }

        return new DialogValues(values);
    }

    internal static void WriteValues(Utf8JsonWriter writer, DialogValues values)
    {
        writer.WriteStartObject();
        foreach (KeyValuePair<string, byte[]> pair in values.Raw)
        {
            writer.WritePropertyName(pair.Key);
            writer.WriteRawValue(pair.Value, skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    /// <summary>The current value's JSON text; scalars are copied straight from the reader without building a document.</summary>
    private static byte[] ReadRaw(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                byte[] quoted = new byte[text.Length + 2];
                quoted[0] = (byte)'"';
                text.CopyTo(quoted.AsSpan(1));
                quoted[^1] = (byte)'"';
                return quoted;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                return reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            default:
                using (JsonDocument document = JsonDocument.ParseValue(ref reader))
                {
                    var buffer = new ArrayBufferWriter<byte>(256);
                    using (var writer = new Utf8JsonWriter(buffer))
                    {
                        document.RootElement.WriteTo(writer);
                    }

                    return buffer.WrittenSpan.ToArray();
                }
        }
    }
}
