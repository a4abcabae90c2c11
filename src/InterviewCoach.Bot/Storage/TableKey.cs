using System.Text;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Makes any identifier safe as a PartitionKey or RowKey by percent-escaping the characters the service forbids
/// (and '%' itself, so the mapping is reversible and two ids never collide).
/// </summary>
/// <remarks>
/// An id whose escaped form is longer than a key may be keeps its first characters and ends in <c>%%</c> and the
/// SHA-256 of the whole id's UTF-16 code units (lone surrogates included): still one key per id, and never equal to an escaped id, which cannot contain <c>%%</c>.
/// Such keys are not reversible.
/// </remarks>
internal static class TableKey
{
    private const string HashMarker = "%%";
    private const int HashHexLength = 64;

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string escaped = Escape(value);
        if (escaped.Length <= TableEntityRules.MaxKeyLength)
        {
            return escaped;
        }

        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value.AsSpan())));
        return escaped[..(TableEntityRules.MaxKeyLength - HashMarker.Length - HashHexLength)] + HashMarker + hash;
    }

    private static string Escape(string value)
    {
        int first = IndexOfUnsafe(value);
        if (first < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        builder.Append(value, 0, first);
        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            if (IsUnsafe(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && int.TryParse(value.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out int code))
            {
                builder.Append((char)code);
                i += 2;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfUnsafe(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (IsUnsafe(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' || c <= '\u001F' || (c >= '\u007F' && c <= '\u009F');
}
