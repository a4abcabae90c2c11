using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InterviewCoach.Load.Channels.Slack;

/// <summary>Slack's <c>v0</c> request signature: <c>v0=</c> + hex HMAC-SHA256(secret, <c>v0:{timestamp}:{body}</c>).</summary>
public sealed class SlackSigner(string signingSecret)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(signingSecret);

    public string Sign(long timestamp, ReadOnlySpan<byte> body)
    {
        byte[] prefix = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v0:{timestamp}:"));
        byte[] message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(_key, message));
    }
}
