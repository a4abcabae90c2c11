using System.Security.Cryptography;
using System.Text;

namespace InterviewCoach.Dialogs.State;

/// <summary>
/// A short fixed-length stand-in for a delivery id: channel ids can be long (Teams activity ids run to dozens of
/// characters), and the state keeps several of them. 72 bits make a collision among a conversation's last few
/// inputs vanishingly unlikely.
/// </summary>
internal static class InputFingerprint
{
    public static string Of(string inputId)
    {
        int byteCount = Encoding.UTF8.GetByteCount(inputId);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        if (byteCount <= 512)
        {
            Span<byte> utf8 = stackalloc byte[byteCount];
            Encoding.UTF8.GetBytes(inputId, utf8);
            SHA256.HashData(utf8, hash);
        }
        else
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(inputId), hash);
        }

        return Convert.ToBase64String(hash[..9]).Replace('+', '-').Replace('/', '_');
    }
}
