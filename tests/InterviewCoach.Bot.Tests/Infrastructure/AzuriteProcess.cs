using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>A real Azurite Table service on a free loopback port, in memory, that tests can stop and start again on the same port.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private AzuriteServer? _server;

    public int Port { get; } = AzuriteServer.FindFreePort();

    public string ConnectionString => AzuriteAccount.ConnectionString(Port);

    public async Task StartAsync() =>
        _server = await AzuriteServer.StartAsync(RepositoryPaths.Root, Port, dataPath: null, TimeSpan.FromSeconds(30));

    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
