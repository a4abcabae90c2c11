using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bench.Reminders;

/// <summary>Azurite's Table service from the repository's node_modules, in memory, on a free loopback port.</summary>
internal sealed class BenchAzurite : IAsyncDisposable
{
    private readonly AzuriteServer _server;

    private BenchAzurite(AzuriteServer server)
    {
        _server = server;
        ConnectionString = AzuriteAccount.ConnectionString(server.Port);
        Port = server.Port;
    }

    public string ConnectionString { get; }

    public int Port { get; }

    public static async Task<BenchAzurite> StartAsync()
    {
        string root = AzuriteServer.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Run the benchmark from inside the repository (InterviewCoachBot.sln not found).");
        return new BenchAzurite(await AzuriteServer.StartAsync(root, AzuriteServer.FindFreePort(), dataPath: null, TimeSpan.FromSeconds(30)));
    }

    public ValueTask DisposeAsync()
    {
        _server.Dispose();
        return ValueTask.CompletedTask;
    }
}
