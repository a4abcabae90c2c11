using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Entry point to a storage account's Table service, shaped like Azure.Data.Tables' <c>TableServiceClient</c>:
/// authenticates with a Shared Key (connection string, Azurite) or a <see cref="TokenCredential"/> (Azure AD,
/// managed identity) and hands out <see cref="TableClient"/>s that share its pipeline.
/// </summary>
public sealed class TableServiceClient
{
    private const string StorageScope = "https://storage.azure.com/.default";

    private readonly HttpPipeline _pipeline;
    private readonly string _serviceVersion;

    public TableServiceClient(TableConnectionString connectionString, TableClientOptions? options = null)
        : this(
            (connectionString ?? throw new ArgumentNullException(nameof(connectionString))).TableEndpoint,
            new TableSharedKeyPolicy(new TableSharedKeyCredential(connectionString.AccountName, connectionString.AccountKey), (options ?? new TableClientOptions()).TimeProvider),
            options)
    {
    }

    public TableServiceClient(Uri serviceUri, TokenCredential credential, TableClientOptions? options = null)
        : this(serviceUri, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), StorageScope), options)
    {
    }

    private TableServiceClient(Uri endpoint, HttpPipelinePolicy authentication, TableClientOptions? options)
    {
        options ??= new TableClientOptions();
        Endpoint = TableConnectionString.EnsureTrailingSlash(endpoint);
        _serviceVersion = options.ServiceVersion;
        var pipelineOptions = new HttpPipelineOptions(options)
        {
            RequestFailedDetailsParser = TableErrorParser.Instance,
        };
        pipelineOptions.PerRetryPolicies.Add(authentication);
        _pipeline = HttpPipelineBuilder.Build(pipelineOptions);
    }

    public Uri Endpoint { get; }

    public TableClient GetTableClient(string tableName)
    {
        ValidateTableName(tableName);
        return new TableClient(_pipeline, Endpoint, tableName, _serviceVersion);
    }

    /// <summary>One cheap authenticated round trip (list at most one table): proves the service answers and accepts our credentials.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        using HttpMessage message = _pipeline.CreateMessage();
        Request request = message.Request;
        request.Method = RequestMethod.Get;
        request.Uri.Reset(Endpoint);
        request.Uri.AppendPath("Tables", escape: false);
        request.Uri.AppendQuery("$top", "1", escapeValue: false);
        AddStandardHeaders(request, _serviceVersion);
        await TablePipeline.SendAsync(_pipeline, message, cancellationToken).ConfigureAwait(false);
        TableClient.ThrowIfError(message.Response);
    }

    /// <summary>Table names: 3-63 letters and digits, not starting with a digit.</summary>
    public static void ValidateTableName(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        if (tableName.Length is < 3 or > 63 || !char.IsAsciiLetter(tableName[0]) || !tableName.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{TableEntityRules.Truncate(tableName)}' is not a valid table name: use 3-63 letters and digits, starting with a letter.", nameof(tableName));
        }
    }

    internal static void AddStandardHeaders(Request request, string serviceVersion)
    {
        request.Headers.SetValue("x-ms-version", serviceVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue("Accept", "application/json;odata=minimalmetadata");
    }
}
