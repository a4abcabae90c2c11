using System.Security.Cryptography;
using System.Text;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Signs Table service requests with Shared Key. The Table service's string to sign differs from Blob/Queue:
/// <c>VERB\nContent-MD5\nContent-Type\nDate\nCanonicalizedResource</c>, with no canonicalised x-ms headers.
/// </summary>
/// <remarks>https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key#table-service-shared-key-authorization</remarks>
public sealed class TableSharedKeyCredential
{
    private readonly byte[] _key;

    public TableSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        AccountName = accountName;
        _key = Convert.FromBase64String(accountKey);
    }

    public string AccountName { get; }

    /// <summary>
    /// The string the service expects to be signed for one request. The path is the request path exactly as sent
    /// (percent-encoded, starting with '/'); <c>compQuery</c> is the value of the <c>comp</c> query parameter, if any.
    /// </summary>
    public string BuildStringToSign(string method, string? contentMd5, string? contentType, string date, string encodedPath, string? compQuery)
    {
        var builder = new StringBuilder(128);
        builder.Append(method).Append('\n')
            .Append(contentMd5).Append('\n')
            .Append(contentType).Append('\n')
            .Append(date).Append('\n')
            .Append('/').Append(AccountName).Append(encodedPath);
        if (compQuery is not null)
        {
            builder.Append("?comp=").Append(compQuery);
        }

        return builder.ToString();
    }

    /// <summary>Base64(HMAC-SHA256(key, UTF-8 string to sign)).</summary>
    public string ComputeSignature(string stringToSign)
    {
        byte[] message = Encoding.UTF8.GetBytes(stringToSign);
        return Convert.ToBase64String(HMACSHA256.HashData(_key, message));
    }
}
