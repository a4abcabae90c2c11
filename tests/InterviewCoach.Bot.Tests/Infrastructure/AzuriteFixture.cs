using Azure.Data.Tables;

namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>One Azurite shared by a test collection; each test uses its own table so tests do not see each other's data.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private int _tableCounter;

    public AzuriteProcess Azurite { get; } = new();

    public RequestCounter Requests { get; } = new();

    public TableServiceClient Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.StartAsync();
        Service = CreateServiceClient();
    }

    public TableServiceClient CreateServiceClient(TableClientOptions? options = null)
    {
        options ??= new TableClientOptions();
        options.AddPolicy(Requests, Azure.Core.HttpPipelinePosition.PerRetry);
        return new TableServiceClient(Azurite.ConnectionString, options);
    }

    public async Task<TableClient> CreateTableAsync(string purpose)
    {
        TableClient table = Service.GetTableClient($"t{purpose}{Interlocked.Increment(ref _tableCounter)}");
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}
