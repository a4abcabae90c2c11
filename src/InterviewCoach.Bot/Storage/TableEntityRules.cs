using System.Collections.Concurrent;
using System.Reflection;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// The Table service's limits. Azure.Data.Tables checks none of them before sending, and the service answers a
/// breach with an opaque 400, so every store writes through <see cref="EnsureFits"/> (directly or via
/// <see cref="ConditionalWrite"/>): a bad key or an oversized entity fails before any request, with a message that says
/// which rule it broke.
/// </summary>
/// <remarks>https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model</remarks>
internal static class TableEntityRules
{
    /// <summary>Keys are up to 1 KiB; the service counts UTF-16 code units, two bytes each.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>String properties are up to 64 KiB of UTF-16.</summary>
    public const int MaxStringLength = 32 * 1024;

    public const int MaxBinaryLength = 64 * 1024;

    /// <summary>255 properties including PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxCustomProperties = 252;

    public const int MaxEntitySize = 1024 * 1024;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the key and the offending character when the service would refuse it.</summary>
    public static void ValidateKey(string? value, string keyName)
    {
        if (value is null)
        {
            throw new ArgumentException($"The {keyName} must not be null.", keyName);
        }

        if (value.Length > MaxKeyLength)
        {
            throw new ArgumentException($"The {keyName} is {value.Length} characters long; the Table service allows at most {MaxKeyLength} (1 KiB).", keyName);
        }

        foreach (char c in value)
        {
            string? problem = c switch
            {
                '/' => "'/' (forward slash)",
                '\\' => "'\\' (backslash)",
                '#' => "'#' (number sign)",
                '?' => "'?' (question mark)",
                _ when c <= '\u001F' || (c >= '\u007F' && c <= '\u009F') => $"the control character U+{(int)c:X4}",
                _ => null,
            };
            if (problem is not null)
            {
                throw new ArgumentException($"The {keyName} contains {problem}, which the Table service forbids in keys.", keyName);
            }
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when the service would refuse the entity: a forbidden key, a string over
    /// 64 KiB, a binary value over 64 KiB, more than 255 properties, or more than 1 MiB in all.
    /// </summary>
    public static void EnsureFits(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKey(entity.PartitionKey, nameof(entity.PartitionKey));
        ValidateKey(entity.RowKey, nameof(entity.RowKey));
        int size = 4 + (entity.PartitionKey.Length * 2) + 2 + (entity.RowKey.Length * 2) + 2;
        int count = 0;
        foreach ((string name, object? value) in Properties(entity))
        {
            if (value is null)
            {
                continue;
            }

            if (++count > MaxCustomProperties)
            {
                throw new ArgumentException($"The entity has more than {MaxCustomProperties} properties besides its keys and timestamp; the Table service allows 255 in all.", nameof(entity));
            }

            size += 8 + (name.Length * 2) + value switch
            {
                string s when s.Length > MaxStringLength => throw new ArgumentException($"The property '{name}' is {s.Length} characters long; the Table service allows {MaxStringLength} (64 KiB) per string.", nameof(entity)),
                string s => (s.Length * 2) + 4,
                byte[] b when b.Length > MaxBinaryLength => throw new ArgumentException($"The property '{name}' holds {b.Length} bytes; the Table service allows {MaxBinaryLength} (64 KiB) per binary value.", nameof(entity)),
                byte[] b => b.Length + 4,
                BinaryData d when d.ToMemory().Length > MaxBinaryLength => throw new ArgumentException($"The property '{name}' holds {d.ToMemory().Length} bytes; the Table service allows {MaxBinaryLength} (64 KiB) per binary value.", nameof(entity)),
                BinaryData d => d.ToMemory().Length + 4,
                bool => 1,
                int => 4,
                Guid => 16,
                Enum e => (e.ToString().Length * 2) + 4,
                _ => 8,
            };
            if (size > MaxEntitySize)
            {
                throw new ArgumentException($"The entity is larger than the Table service's 1 MiB limit (at property '{name}').", nameof(entity));
            }
        }
    }

    private static IEnumerable<(string Name, object? Value)> Properties(ITableEntity entity)
    {
        if (entity is TableEntity bag)
        {
            foreach (KeyValuePair<string, object> pair in bag)
            {
                if (!IsSystemProperty(pair.Key))
                {
                    yield return (pair.Key, pair.Value);
                }
            }

            yield break;
        }

        foreach (PropertyInfo property in s_properties.GetOrAdd(entity.GetType(), static type => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && !IsSystemProperty(p.Name))
            .ToArray()))
        {
            yield return (property.Name, property.GetValue(entity));
        }
    }

    private static bool IsSystemProperty(string name) =>
        name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag" or "odata.etag" || name.EndsWith("@odata.type", StringComparison.Ordinal);
}
