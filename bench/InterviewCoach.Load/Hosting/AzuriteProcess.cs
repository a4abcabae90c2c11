using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Load.Hosting;

/// <summary>
/// A fresh in-memory Azurite Table service on a fixed loopback port, through the host's own launcher. It can be
/// killed and started again on the same port (empty again: it keeps nothing in memory across a restart).
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);
    private readonly string _repositoryRoot;
    private AzuriteServer? _server;

    private AzuriteProcess(string repositoryRoot, int port)
    {
        _repositoryRoot = repositoryRoot;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The connection string the host takes as <c>Storage__ConnectionString</c>.</summary>
    public string ConnectionString => AzuriteAccount.ConnectionString(Port);

    public bool IsRunning => _server is not null;

    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, int port, CancellationToken cancellationToken = default)
    {
        var azurite = new AzuriteProcess(repositoryRoot, port);
        await azurite.RestartAsync(cancellationToken).ConfigureAwait(false);
        return azurite;
    }

    /// <summary>Kills the process (its tables are lost).</summary>
    public void Kill()
    {
        _server?.Dispose();
        _server = null;
    }

    /// <summary>Starts Azurite again on the same port; a running one is killed first.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        Kill();
        _server = await AzuriteServer.StartAsync(_repositoryRoot, Port, dataPath: null, s_startTimeout, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => Kill();
}
