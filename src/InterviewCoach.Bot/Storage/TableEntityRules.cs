namespace InterviewCoach.Bot.Storage;

/// <summary>
/// The Table service's limits, checked before a request is sent so a bad key or an oversized entity fails with a
/// message that says which rule it broke instead of an opaque 400 from the service.
/// </summary>
/// <remarks>https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model</remarks>
public static class TableEntityRules
{
    /// <summary>Keys are up to 1 KiB; the service counts UTF-16 code units, two bytes each.</summary>
    public const int MaxKeyLength = 512;

    /// <summary>String properties are up to 64 KiB of UTF-16.</summary>
    public const int MaxStringLength = 32 * 1024;

    public const int MaxBinaryLength = 64 * 1024;

    /// <summary>255 properties including PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxCustomProperties = 252;

    public const int MaxEntitySize = 1024 * 1024;

    public const int MaxPropertyNameLength = 255;

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

    /// <summary>Throws when a property name is not one the service accepts.</summary>
    public static void ValidatePropertyName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxPropertyNameLength || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            throw new ArgumentException($"The property name '{Truncate(name)}' is not valid: it must start with a letter or '_' and be at most {MaxPropertyNameLength} characters.", nameof(name));
        }

        foreach (char c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                throw new ArgumentException($"The property name '{Truncate(name)}' contains '{c}'; property names follow C# identifier rules.", nameof(name));
            }
        }
    }

    internal static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";

    /// <summary>The service's size formula for one property value, in bytes.</summary>
    internal static int PropertySize(string name, object value) => 8 + (name.Length * 2) + value switch
    {
        string s => (s.Length * 2) + 4,
        byte[] b => b.Length + 4,
        bool => 1,
        int => 4,
        long or double or DateTimeOffset or DateTime => 8,
        Guid => 16,
        _ => 8,
    };

    /// <summary>Fixed cost of an entity plus its keys, in bytes.</summary>
    internal static int KeysSize(string partitionKey, string rowKey) => 4 + (partitionKey.Length * 2) + 2 + (rowKey.Length * 2) + 2;
}
