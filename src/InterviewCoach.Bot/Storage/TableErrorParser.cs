using System.Text.Json;
using Azure;
using Azure.Core;

namespace InterviewCoach.Bot.Storage;

/// <summary>Reads the Table service's error code and message (<c>x-ms-error-code</c> and the <c>odata.error</c> body).</summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static readonly TableErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        response.Headers.TryGetValue("x-ms-error-code", out string? code);
        string? message = null;
        try
        {
            if (response.Content is { } content && content.ToMemory().Length > 0)
            {
                using JsonDocument document = JsonDocument.Parse(content.ToMemory());
                if (document.RootElement.TryGetProperty("odata.error", out JsonElement odata))
                {
                    code ??= odata.TryGetProperty("code", out JsonElement c) ? c.GetString() : null;
                    if (odata.TryGetProperty("message", out JsonElement m))
                    {
                        message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out JsonElement v) ? v.GetString() : m.ToString();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A non-JSON body (a proxy's HTML page, say) still leaves the header code and the status.
        }

        error = code is null && message is null ? null : new ResponseError(code, message);
        return error is not null;
    }
}
