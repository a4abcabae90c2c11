using System.Text;
using System.Text.Json;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Privacy;

/// <summary>Everything stored for a user as one indented JSON document, records grouped by kind.</summary>
public static class UserDataExport
{
    /// <summary>Below this many characters the export is sent as a message; above it, as a file.</summary>
    public const int MaxMessageLength = 3000;

    public const string FileName = "interview-coach-data.json";

    /// <summary>
    /// <c>{"exportedAt": ..., "recordCount": n, "records": {"contact": [{"id", "updatedAt", "data"}], ...}}</c>;
    /// each record's stored JSON appears as is under <c>data</c> (or as a string if it is not valid JSON).
    /// </summary>
    public static string ToJson(IEnumerable<ExportedRecord> records, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(records);
        List<ExportedRecord> all = records.ToList();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("exportedAt", exportedAt);
            writer.WriteNumber("recordCount", all.Count);
            writer.WriteStartObject("records");
            foreach (IGrouping<string, ExportedRecord> kind in all.GroupBy(r => r.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WriteStartArray(kind.Key);
                foreach (ExportedRecord record in kind.OrderBy(r => r.Id, StringComparer.Ordinal))
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", record.Id);
                    if (record.UpdatedAt is { } updated)
                    {
                        writer.WriteString("updatedAt", updated);
                    }

                    writer.WritePropertyName("data");
                    WriteData(writer, record.Json);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteData(Utf8JsonWriter writer, string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteStringValue(json);
        }
    }
}
