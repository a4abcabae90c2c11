using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Operations on one table over the Table service REST API, shaped like Azure.Data.Tables' <c>TableClient</c> so that
/// package can replace this folder. Immutable and thread-safe; every call goes through the shared <see cref="HttpPipeline"/>.
/// Failures surface as <see cref="RequestFailedException"/> carrying the HTTP status and the service's error code.
/// </summary>
/// <remarks>https://learn.microsoft.com/rest/api/storageservices/table-service-rest-api</remarks>
public sealed class TableClient
{
    private const string JsonContentType = "application/json";
    private static readonly RequestMethod s_merge = new("MERGE");

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly string _serviceVersion;

    internal TableClient(HttpPipeline pipeline, Uri endpoint, string tableName, string serviceVersion)
    {
        _pipeline = pipeline;
        _endpoint = endpoint;
        _serviceVersion = serviceVersion;
        Name = tableName;
    }

    public string Name { get; }

    /// <summary>Creates the table; an existing table is fine.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using HttpMessage message = CreateMessage(RequestMethod.Post, "Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJsonBody(message.Request, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }));
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        if (message.Response.Status == 409 && ErrorCode(message.Response) == "TableAlreadyExists")
        {
            return;
        }

        ThrowIfError(message.Response);
    }

    /// <summary>Deletes the table and everything in it; a missing table is fine.</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        using HttpMessage message = CreateMessage(RequestMethod.Delete, $"Tables('{EscapeKey(Name)}')");
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        if (message.Response.Status != 404)
        {
            ThrowIfError(message.Response);
        }
    }

    /// <summary>Reads one entity; 404 <c>ResourceNotFound</c> throws.</summary>
    public async Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        using HttpMessage message = CreateEntityMessage(RequestMethod.Get, partitionKey, rowKey);
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        ThrowIfError(message.Response);
        return Response.FromValue(ReadEntity<T>(message.Response), message.Response);
    }

    /// <summary>Reads one entity, or returns <see langword="null"/> when it does not exist.</summary>
    public async Task<T?> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        using HttpMessage message = CreateEntityMessage(RequestMethod.Get, partitionKey, rowKey);
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        if (message.Response.Status == 404)
        {
            return null;
        }

        ThrowIfError(message.Response);
        return ReadEntity<T>(message.Response);
    }

    /// <summary>Inserts an entity; 409 <c>EntityAlreadyExists</c> throws. The response's ETag is the new version.</summary>
    public async Task<Response> AddEntityAsync(ITableEntity entity, CancellationToken cancellationToken = default)
    {
        byte[] body = TableEntitySerializer.Serialize(entity);
        using HttpMessage message = CreateMessage(RequestMethod.Post, Name);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJsonBody(message.Request, body);
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts or overwrites (replace) or inserts or merges (merge), unconditionally.</summary>
    public Task<Response> UpsertEntityAsync(ITableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteEntityAsync(entity, mode, ifMatch: null, cancellationToken);

    /// <summary>
    /// Updates an existing entity only if its ETag still equals <paramref name="ifMatch"/> (<see cref="ETag.All"/> is the explicit
    /// opt-out). A mismatch throws 412 <c>UpdateConditionNotSatisfied</c>; a missing entity throws 404.
    /// </summary>
    public Task<Response> UpdateEntityAsync(ITableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the ETag that was read, or ETag.All to overwrite whatever is stored.", nameof(ifMatch));
        }

        return WriteEntityAsync(entity, mode, ifMatch, cancellationToken);
    }

    /// <summary>Deletes an entity if its ETag matches (default: any version). A missing entity is not an error.</summary>
    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = CreateEntityMessage(RequestMethod.Delete, partitionKey, rowKey);
        message.Request.Headers.SetValue("If-Match", ifMatch == default ? "*" : ifMatch.ToString());
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        if (message.Response.Status != 404)
        {
            ThrowIfError(message.Response);
        }

        return message.Response;
    }

    /// <summary>
    /// Queries entities with an OData filter (build one with <see cref="CreateQueryFilter"/>), following continuation
    /// tokens: the service returns at most 1,000 entities a page and may return an empty page that still continues.
    /// </summary>
    public AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
        where T : class, ITableEntity, new()
    {
        string? selectList = select is null ? null : string.Join(',', select);
        return new TablePageable<T>((token, pageSize, ct) => QueryPageAsync<T>(filter, pageSize ?? maxPerPage, selectList, token, ct), cancellationToken);
    }

    /// <summary>
    /// Runs up to 100 operations on one partition atomically (an entity group transaction). If any fails, none is
    /// applied and the exception says which operation failed. Returns the new ETag of each operation (default for deletes).
    /// </summary>
    /// <remarks>https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions</remarks>
    public async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        List<TableTransactionAction> list = [.. actions];
        if (list.Count == 0)
        {
            return [];
        }

        var batch = new TableBatchBuilder(_endpoint, Name);
        byte[] body = batch.Build(list);
        using HttpMessage message = CreateMessage(RequestMethod.Post, "$batch");
        message.Request.Headers.SetValue("Content-Type", batch.ContentType);
        message.Request.Content = RequestContent.Create(body);
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        ThrowIfError(message.Response);
        return TableBatchBuilder.ParseResponse(message.Response, list.Count);
    }

    /// <summary>
    /// Builds an OData filter from an interpolated string, quoting and escaping each argument by type:
    /// <c>CreateQueryFilter($"PartitionKey eq {pk} and Due le {now}")</c>.
    /// </summary>
    public static string CreateQueryFilter(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        object?[] arguments = filter.GetArguments();
        var formatted = new object?[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            formatted[i] = FormatLiteral(arguments[i]);
        }

        return string.Format(CultureInfo.InvariantCulture, filter.Format, formatted);
    }

    private static string FormatLiteral(object? value) => value switch
    {
        null => "null",
        string s => $"'{s.Replace("'", "''", StringComparison.Ordinal)}'",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset dto => $"datetime'{dto.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}'",
        DateTime dt => $"datetime'{dt.ToUniversalTime():yyyy-MM-ddTHH:mm:ss.fffffffZ}'",
        Guid g => $"guid'{g:D}'",
        Enum e => $"'{e}'",
        _ => throw new ArgumentException($"Values of type {value.GetType().Name} cannot be used in a filter.", nameof(value)),
    };

    private async Task<Page<T>> QueryPageAsync<T>(string? filter, int? top, string? select, string? continuation, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        using HttpMessage message = CreateMessage(RequestMethod.Get, Name + "()");
        RequestUriBuilder uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter, escapeValue: true);
        }

        if (top is > 0)
        {
            uri.AppendQuery("$top", Math.Min(top.Value, 1000).ToString(CultureInfo.InvariantCulture), escapeValue: false);
        }

        if (!string.IsNullOrEmpty(select))
        {
            uri.AppendQuery("$select", select, escapeValue: true);
        }

        if (continuation is not null)
        {
            string[] parts = continuation.Split('\n');
            uri.AppendQuery("NextPartitionKey", parts[0], escapeValue: true);
            if (parts.Length > 1 && parts[1].Length > 0)
            {
                uri.AppendQuery("NextRowKey", parts[1], escapeValue: true);
            }
        }

        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        Response response = message.Response;
        ThrowIfError(response);

        var values = new List<T>();
        using (JsonDocument document = JsonDocument.Parse(response.Content.ToMemory()))
        {
            if (document.RootElement.TryGetProperty("value", out JsonElement array))
            {
                foreach (JsonElement item in array.EnumerateArray())
                {
                    values.Add(TableEntitySerializer.Deserialize<T>(item, etagHeader: null));
                }
            }
        }

        string? next = null;
        if (response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out string? nextPartition))
        {
            response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out string? nextRow);
            next = nextPartition + "\n" + nextRow;
        }

        return Page<T>.FromValues(values, next, response);
    }

    private async Task<Response> WriteEntityAsync(ITableEntity entity, TableUpdateMode mode, ETag? ifMatch, CancellationToken cancellationToken)
    {
        byte[] body = TableEntitySerializer.Serialize(entity);
        using HttpMessage message = CreateEntityMessage(mode == TableUpdateMode.Replace ? RequestMethod.Put : s_merge, entity.PartitionKey, entity.RowKey);
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue("If-Match", etag.ToString());
        }

        SetJsonBody(message.Request, body);
        return await SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        ThrowIfError(message.Response);
        return message.Response;
    }

    private HttpMessage CreateEntityMessage(RequestMethod method, string partitionKey, string rowKey)
    {
        TableEntityRules.ValidateKey(partitionKey, nameof(ITableEntity.PartitionKey));
        TableEntityRules.ValidateKey(rowKey, nameof(ITableEntity.RowKey));
        return CreateMessage(method, EntityPath(Name, partitionKey, rowKey));
    }

    internal static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private HttpMessage CreateMessage(RequestMethod method, string relativePath)
    {
        HttpMessage message = _pipeline.CreateMessage();
        Request request = message.Request;
        request.Method = method;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath(relativePath, escape: false);
        TableServiceClient.AddStandardHeaders(request, _serviceVersion);
        return message;
    }

    private static void SetJsonBody(Request request, byte[] body)
    {
        request.Headers.SetValue("Content-Type", JsonContentType);
        request.Content = RequestContent.Create(body);
    }

    private static T ReadEntity<T>(Response response)
        where T : class, ITableEntity, new()
    {
        using JsonDocument document = JsonDocument.Parse(response.Content.ToMemory());
        response.Headers.TryGetValue("ETag", out string? etag);
        return TableEntitySerializer.Deserialize<T>(document.RootElement, etag);
    }

    private static string? ErrorCode(Response response) =>
        TableErrorParser.Instance.TryParse(response, out ResponseError? error, out _) ? error?.Code : null;

    internal static void ThrowIfError(Response response)
    {
        if (response.IsError)
        {
            throw new RequestFailedException(response, null, TableErrorParser.Instance);
        }
    }
}
