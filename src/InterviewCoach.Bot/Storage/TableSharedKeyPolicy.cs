using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Storage;

/// <summary>Dates and signs each attempt (per-retry, so a retried request carries a fresh x-ms-date).</summary>
internal sealed class TableSharedKeyPolicy(TableSharedKeyCredential credential, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        Request request = message.Request;
        string date = timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);
        request.Headers.TryGetValue("Content-Type", out string? contentType);
        request.Headers.TryGetValue("Content-MD5", out string? contentMd5);

        string path = request.Uri.Path;
        string? comp = null;
        string query = request.Uri.Query;
        if (query.Length > 0)
        {
            foreach (string pair in query.TrimStart('?').Split('&'))
            {
                if (pair.StartsWith("comp=", StringComparison.Ordinal))
                {
                    comp = pair["comp=".Length..];
                }
            }
        }

        string stringToSign = credential.BuildStringToSign(request.Method.Method, contentMd5, contentType, date, path, comp);
        request.Headers.SetValue("Authorization", $"SharedKey {credential.AccountName}:{credential.ComputeSignature(stringToSign)}");
    }
}
