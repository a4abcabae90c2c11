using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Azure;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Writes entities as Table service JSON (with <c>@odata.type</c> annotations where the service needs them) and reads
/// <c>odata=minimalmetadata</c> responses back into typed classes or <see cref="TableEntity"/> bags.
/// </summary>
/// <remarks>https://learn.microsoft.com/rest/api/storageservices/payload-format-for-table-service-operations</remarks>
internal static class TableEntitySerializer
{
    private const string TypeSuffix = "@odata.type";
    private static readonly ConcurrentDictionary<Type, PropertyMap[]> s_maps = new();

    private sealed record PropertyMap(string Name, PropertyInfo Property, Type ValueType);

    /// <summary>Serialises an entity after checking keys, names and sizes; throws <see cref="ArgumentException"/> before any I/O.</summary>
    public static byte[] Serialize(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableEntityRules.ValidateKey(entity.PartitionKey, nameof(entity.PartitionKey));
        TableEntityRules.ValidateKey(entity.RowKey, nameof(entity.RowKey));

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            int size = TableEntityRules.KeysSize(entity.PartitionKey, entity.RowKey);
            int count = 0;
            foreach ((string name, object? value) in EnumerateProperties(entity))
            {
                if (value is null)
                {
                    continue;
                }

                TableEntityRules.ValidatePropertyName(name);
                if (++count > TableEntityRules.MaxCustomProperties)
                {
                    throw new ArgumentException($"The entity has more than {TableEntityRules.MaxCustomProperties} properties besides its keys and timestamp; the Table service allows 255 in all.", nameof(entity));
                }

                size += WriteProperty(writer, name, value);
                if (size > TableEntityRules.MaxEntitySize)
                {
                    throw new ArgumentException($"The entity is larger than the Table service's 1 MiB limit (at property '{name}').", nameof(entity));
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static IEnumerable<(string Name, object? Value)> EnumerateProperties(ITableEntity entity)
    {
        if (entity is TableEntity bag)
        {
            foreach (KeyValuePair<string, object?> pair in bag)
            {
                if (!IsSystemProperty(pair.Key))
                {
                    yield return (pair.Key, pair.Value);
                }
            }

            yield break;
        }

        foreach (PropertyMap map in GetMap(entity.GetType()))
        {
            yield return (map.Name, map.Property.GetValue(entity));
        }
    }

    private static bool IsSystemProperty(string name) =>
        name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag" or "odata.etag";

    private static int WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string s:
                if (s.Length > TableEntityRules.MaxStringLength)
                {
                    throw new ArgumentException($"The property '{name}' is {s.Length} characters long; the Table service allows {TableEntityRules.MaxStringLength} (64 KiB) per string.", nameof(value));
                }

                writer.WriteString(name, s);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case long l:
                writer.WriteString(name + TypeSuffix, "Edm.Int64");
                writer.WriteString(name, l.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case double d:
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(name, d);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case DateTimeOffset dto:
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                writer.WriteString(name, dto.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                break;
            case DateTime dt:
                return WriteProperty(writer, name, new DateTimeOffset(dt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dt, DateTimeKind.Utc) : dt));
            case Guid g:
                writer.WriteString(name + TypeSuffix, "Edm.Guid");
                writer.WriteString(name, g.ToString("D"));
                break;
            case byte[] bytes:
                if (bytes.Length > TableEntityRules.MaxBinaryLength)
                {
                    throw new ArgumentException($"The property '{name}' holds {bytes.Length} bytes; the Table service allows {TableEntityRules.MaxBinaryLength} (64 KiB) per binary value.", nameof(value));
                }

                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                break;
            case BinaryData data:
                return WriteProperty(writer, name, data.ToArray());
            case Enum e:
                return WriteProperty(writer, name, e.ToString());
            default:
                throw new ArgumentException($"The property '{name}' has type {value.GetType().Name}, which the Table service cannot store.", nameof(value));
        }

        return TableEntityRules.PropertySize(name, value);
    }

    /// <summary>Reads one entity object from a response into a typed entity.</summary>
    public static T Deserialize<T>(JsonElement element, string? etagHeader)
        where T : class, ITableEntity, new()
    {
        var entity = new T();
        if (entity is TableEntity bag)
        {
            ReadBag(element, bag);
        }
        else
        {
            ReadTyped(element, entity);
        }

        string? etag = etagHeader;
        if (element.TryGetProperty("odata.etag", out JsonElement bodyEtag) && bodyEtag.ValueKind == JsonValueKind.String)
        {
            etag = bodyEtag.GetString();
        }

        if (etag is not null)
        {
            entity.ETag = new ETag(etag);
        }

        return entity;
    }

    private static void ReadBag(JsonElement element, TableEntity bag)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string name = property.Name;
            if (name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            if (ReadKeyOrTimestamp(bag, name, property.Value))
            {
                continue;
            }

            string? edmType = element.TryGetProperty(name + TypeSuffix, out JsonElement t) ? t.GetString() : null;
            bag[name] = ReadUntyped(property.Value, edmType);
        }
    }

    private static void ReadTyped(JsonElement element, ITableEntity entity)
    {
        Dictionary<string, PropertyMap> byName = GetMap(entity.GetType()).ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (ReadKeyOrTimestamp(entity, property.Name, property.Value) || !byName.TryGetValue(property.Name, out PropertyMap? map))
            {
                continue;
            }

            map.Property.SetValue(entity, ReadAs(property.Value, map.ValueType, property.Name));
        }
    }

    private static bool ReadKeyOrTimestamp(ITableEntity entity, string name, JsonElement value)
    {
        switch (name)
        {
            case "PartitionKey":
                entity.PartitionKey = value.GetString() ?? string.Empty;
                return true;
            case "RowKey":
                entity.RowKey = value.GetString() ?? string.Empty;
                return true;
            case "Timestamp":
                entity.Timestamp = value.GetDateTimeOffset();
                return true;
            default:
                return false;
        }
    }

    private static object? ReadUntyped(JsonElement value, string? edmType) => edmType switch
    {
        "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.DateTime" => value.GetDateTimeOffset(),
        "Edm.Guid" => value.GetGuid(),
        "Edm.Binary" => value.GetBytesFromBase64(),
        "Edm.Double" => ReadDouble(value),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out int i) => i,
            JsonValueKind.Number => value.GetDouble(),
            _ => null,
        },
    };

    private static double ReadDouble(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            string s => double.Parse(s, CultureInfo.InvariantCulture),
            null => 0,
        }
        : value.GetDouble();

    private static object? ReadAs(JsonElement value, Type type, string name)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return type switch
            {
                _ when type == typeof(string) => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
                _ when type == typeof(int) => value.GetInt32(),
                _ when type == typeof(long) => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
                _ when type == typeof(bool) => value.GetBoolean(),
                _ when type == typeof(double) => ReadDouble(value),
                _ when type == typeof(DateTimeOffset) => value.GetDateTimeOffset(),
                _ when type == typeof(DateTime) => value.GetDateTimeOffset().UtcDateTime,
                _ when type == typeof(Guid) => value.GetGuid(),
                _ when type == typeof(byte[]) => value.GetBytesFromBase64(),
                _ when type == typeof(BinaryData) => BinaryData.FromBytes(value.GetBytesFromBase64()),
                _ when type.IsEnum => Enum.Parse(type, value.GetString()!, ignoreCase: true),
                _ => throw new NotSupportedException($"Properties of type {type.Name} cannot be read from the Table service."),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"The stored property '{name}' cannot be read as {type.Name}.", ex);
        }
    }

    private static PropertyMap[] GetMap(Type type) => s_maps.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && !IsSystemProperty(p.Name))
        .Select(p => new PropertyMap(p.Name, p, Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
        .ToArray());
}
