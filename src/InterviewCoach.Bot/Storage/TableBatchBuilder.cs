using System.Text;
using Azure;

namespace InterviewCoach.Bot.Storage;

/// <summary>Writes and reads the <c>multipart/mixed</c> body of an entity group transaction (one changeset, one partition).</summary>
/// <remarks>https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions</remarks>
internal sealed class TableBatchBuilder(Uri endpoint, string tableName)
{
    public const int MaxOperations = 100;
    private const int MaxPayloadBytes = 4 * 1024 * 1024;

    private readonly string _batchBoundary = "batch_" + Guid.NewGuid().ToString("N");
    private readonly string _changesetBoundary = "changeset_" + Guid.NewGuid().ToString("N");

    public string ContentType => $"multipart/mixed; boundary={_batchBoundary}";

    public byte[] Build(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count > MaxOperations)
        {
            throw new ArgumentException($"A transaction holds at most {MaxOperations} operations; this one has {actions.Count}.", nameof(actions));
        }

        string partition = actions[0].Entity.PartitionKey;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var body = new StringBuilder(1024);
        body.Append("--").Append(_batchBoundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(_changesetBoundary).Append("\r\n\r\n");

        for (int i = 0; i < actions.Count; i++)
        {
            TableTransactionAction action = actions[i];
            ITableEntity entity = action.Entity;
            if (!string.Equals(entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Operation {i} is in another partition; a transaction works within one partition.", nameof(actions));
            }

            TableEntityRules.ValidateKey(entity.PartitionKey, nameof(entity.PartitionKey));
            TableEntityRules.ValidateKey(entity.RowKey, nameof(entity.RowKey));
            if (!seen.Add(entity.RowKey))
            {
                throw new ArgumentException($"Operation {i} touches row '{TableEntityRules.Truncate(entity.RowKey)}' again; a transaction may touch each entity once.", nameof(actions));
            }

            (string method, bool hasBody, bool isInsert) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", true, true),
                TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpsertMerge => ("MERGE", true, false),
                TableTransactionActionType.UpdateReplace or TableTransactionActionType.UpsertReplace => ("PUT", true, false),
                TableTransactionActionType.Delete => ("DELETE", false, false),
                _ => throw new ArgumentOutOfRangeException(nameof(actions), action.ActionType, "Unknown transaction action."),
            };

            string url = isInsert
                ? endpoint.AbsoluteUri + tableName
                : endpoint.AbsoluteUri + TableClient.EntityPath(tableName, entity.PartitionKey, entity.RowKey);

            body.Append("--").Append(_changesetBoundary).Append("\r\n")
                .Append("Content-Type: application/http\r\n")
                .Append("Content-Transfer-Encoding: binary\r\n\r\n")
                .Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n")
                .Append("Accept: application/json;odata=minimalmetadata\r\n")
                .Append("DataServiceVersion: 3.0\r\n");

            string? ifMatch = action.ActionType switch
            {
                TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace or TableTransactionActionType.Delete =>
                    action.ETag != default ? action.ETag.ToString() : entity.ETag != default ? entity.ETag.ToString() : "*",
                _ => null,
            };
            if (ifMatch is not null)
            {
                body.Append("If-Match: ").Append(ifMatch).Append("\r\n");
            }

            if (hasBody)
            {
                string json = Encoding.UTF8.GetString(TableEntitySerializer.Serialize(entity));
                body.Append("Prefer: return-no-content\r\n")
                    .Append("Content-Type: application/json\r\n\r\n")
                    .Append(json).Append("\r\n");
            }
            else
            {
                body.Append("\r\n");
            }
        }

        body.Append("--").Append(_changesetBoundary).Append("--\r\n")
            .Append("--").Append(_batchBoundary).Append("--\r\n");
        byte[] bytes = Encoding.UTF8.GetBytes(body.ToString());
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new ArgumentException($"The transaction's payload is {bytes.Length} bytes; the Table service allows 4 MiB.", nameof(actions));
        }

        return bytes;
    }

    /// <summary>
    /// Reads each operation's status from the multipart response. The service answers 202 for the batch even when an
    /// operation failed; then the changeset holds the failing operation's error, whose message starts with its index.
    /// </summary>
    public static IReadOnlyList<ETag> ParseResponse(Response response, int count)
    {
        string text = response.Content.ToString();
        var etags = new List<ETag>(count);
        int position = 0;
        while (true)
        {
            int statusLine = text.IndexOf("HTTP/1.1 ", position, StringComparison.Ordinal);
            if (statusLine < 0)
            {
                break;
            }

            int lineEnd = text.IndexOf("\r\n", statusLine, StringComparison.Ordinal);
            string line = text[statusLine..(lineEnd < 0 ? text.Length : lineEnd)];
            int status = int.Parse(line.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
            int partEnd = text.IndexOf("--", lineEnd < 0 ? text.Length : lineEnd, StringComparison.Ordinal);
            string part = text[statusLine..(partEnd < 0 ? text.Length : partEnd)];
            if (status >= 400)
            {
                throw FailedOperation(status, part);
            }

            etags.Add(ReadHeader(part, "ETag") is { } etag ? new ETag(etag) : default);
            position = lineEnd < 0 ? text.Length : lineEnd;
        }

        if (etags.Count != count)
        {
            throw new RequestFailedException(response.Status, $"The transaction response held {etags.Count} results for {count} operations.");
        }

        return etags;
    }

    private static RequestFailedException FailedOperation(int status, string part)
    {
        int jsonStart = part.IndexOf('{', StringComparison.Ordinal);
        string? code = ReadHeader(part, "x-ms-error-code");
        string message = "An operation of the transaction failed; none was applied.";
        if (jsonStart >= 0)
        {
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(part[jsonStart..].Trim());
                if (document.RootElement.TryGetProperty("odata.error", out System.Text.Json.JsonElement error))
                {
                    code ??= error.TryGetProperty("code", out System.Text.Json.JsonElement c) ? c.GetString() : null;
                    if (error.TryGetProperty("message", out System.Text.Json.JsonElement m) && m.TryGetProperty("value", out System.Text.Json.JsonElement v))
                    {
                        message = $"{message} Service said: {v.GetString()}";
                    }
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // The status and code are enough when the body is not the documented JSON.
            }
        }

        return new RequestFailedException(status, message, code, null);
    }

    private static string? ReadHeader(string part, string name)
    {
        foreach (string line in part.Split("\r\n"))
        {
            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 1)..].Trim();
            }

            if (line.Length == 0)
            {
                break;
            }
        }

        return null;
    }
}
