using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Verifies Slack's <c>v0</c> request signature: HMAC-SHA256 keyed with the signing secret over
/// <c>v0:{X-Slack-Request-Timestamp}:{raw body bytes}</c>, compared in constant time with <c>X-Slack-Signature</c>.
/// See <see href="https://docs.slack.dev/authentication/verifying-requests-from-slack/">Verifying requests from Slack</see>.
/// </summary>
/// <remarks>
/// Stricter than SlackNet: no secret means every request is refused; timestamps more than the tolerance away from
/// our clock in <em>either</em> direction are refused (as python-slack-sdk does; bolt-js checks only the past).
/// </remarks>
internal static class SlackSignatureVerifier
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    private const string Version = "v0";
    private const int HexLength = 64;

    /// <summary>Checks one request. <paramref name="body"/> must be the bytes exactly as received.</summary>
    public static SlackSignatureResult Verify(
        string? signingSecret,
        string? timestamp,
        string? signature,
        ReadOnlySpan<byte> body,
        DateTimeOffset now,
        TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(signingSecret))
        {
            return SlackSignatureResult.NoSecretConfigured;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SlackSignatureResult.MissingHeaders;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return SlackSignatureResult.MalformedTimestamp;
        }

        long skew = seconds - now.ToUnixTimeSeconds();
        if (skew < -(long)tolerance.TotalSeconds)
        {
            return SlackSignatureResult.StaleTimestamp;
        }

        if (skew > (long)tolerance.TotalSeconds)
        {
            return SlackSignatureResult.FutureTimestamp;
        }

        Span<byte> expected = stackalloc byte[HexLength];
        if (!TryParseSignature(signature, expected))
        {
            return SlackSignatureResult.MalformedSignature;
        }

        Span<byte> actual = stackalloc byte[HexLength];
        Compute(signingSecret, timestamp, body, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected) ? SlackSignatureResult.Valid : SlackSignatureResult.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send for this timestamp and body (used by tests and tools).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        Span<byte> hex = stackalloc byte[HexLength];
        Compute(signingSecret, timestamp, body, hex);
        return Version + "=" + Encoding.ASCII.GetString(hex);
    }

    private static void Compute(string secret, string timestamp, ReadOnlySpan<byte> body, Span<byte> lowerHexOut)
    {
        byte[] key = Encoding.UTF8.GetBytes(secret);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes(Version + ":" + timestamp + ":"));
        hmac.AppendData(body);
        Span<byte> mac = stackalloc byte[32];
        hmac.GetHashAndReset(mac);
        CryptographicOperations.ZeroMemory(key);
        const string digits = "0123456789abcdef";
        for (int i = 0; i < mac.Length; i++)
        {
            lowerHexOut[2 * i] = (byte)digits[mac[i] >> 4];
            lowerHexOut[(2 * i) + 1] = (byte)digits[mac[i] & 0xF];
        }
    }

    // Copies the 64 hex digits after "v0=", lower-cased, so an upper-case header still compares equal in constant time.
    private static bool TryParseSignature(string signature, Span<byte> hexOut)
    {
        if (signature.Length != Version.Length + 1 + HexLength || !signature.StartsWith(Version + "=", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = 0; i < HexLength; i++)
        {
            char c = signature[Version.Length + 1 + i];
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            hexOut[i] = (byte)char.ToLowerInvariant(c);
        }

        return true;
    }
}
