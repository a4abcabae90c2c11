using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Runs Azurite's Table service from the repository's own node_modules when no storage is configured, so the bot
/// works with nothing else running. Data is kept in a git-ignored folder so it survives restarts.
/// </summary>
/// <remarks>
/// The port is chosen before the process starts, so the table client can be built before Azurite is up; registered
/// as the first hosted service, it starts before anything that touches storage.
/// </remarks>
internal sealed partial class EmbeddedAzurite : IHostedService, IDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly ILogger<EmbeddedAzurite> _logger;
    private readonly StorageOptions _options;
    private readonly string _contentRoot;
    private readonly Lazy<int> _port;
    private AzuriteServer? _server;

    public EmbeddedAzurite(IOptions<StorageOptions> options, IHostEnvironment environment, ILogger<EmbeddedAzurite> logger)
    {
        _options = options.Value;
        _contentRoot = environment.ContentRootPath;
        _logger = logger;
        _port = new Lazy<int>(AzuriteServer.FindFreePort);
    }

    public int Port => _port.Value;

    /// <summary>The connection string of the Azurite this starts (its port is chosen before it starts).</summary>
    public string ConnectionString => AzuriteAccount.ConnectionString(Port);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.UsesEmbeddedAzurite)
        {
            return;
        }

        string repositoryRoot = FindRepositoryRoot();
        if (!File.Exists(Path.Combine(repositoryRoot, AzuriteServer.ScriptRelativePath)))
        {
            throw new InvalidOperationException(
                $"Storage is not configured, so the bot starts Azurite itself, but Azurite is not installed in {repositoryRoot}. " +
                $"Run `npm ci` in {repositoryRoot}, or set Storage:ConnectionString.");
        }

        string dataPath = Path.GetFullPath(Path.Combine(repositoryRoot, _options.EmbeddedAzuriteDataPath));
        Directory.CreateDirectory(dataPath);
        try
        {
            _server = await AzuriteServer.StartAsync(repositoryRoot, Port, dataPath, s_startTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "Storage is not configured, so the bot starts Azurite itself, but Node.js is not on PATH. " +
                "Install Node.js 20 or later (for example `apt-get install -y nodejs npm`), or set Storage:ConnectionString.", ex);
        }

        Log.Started(_logger, Port, dataPath);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        StopServer();
        return Task.CompletedTask;
    }

    // Idempotent: the container disposes this once as a singleton and once as the hosted service it also is.
    public void Dispose() => StopServer();

    private void StopServer()
    {
        if (Interlocked.Exchange(ref _server, null) is { } server)
        {
            server.Dispose();
            Log.Stopped(_logger, Port);
        }
    }

    /// <summary>The repository holding the root package.json that pins Azurite, searched from the content root and the binaries.</summary>
    private string FindRepositoryRoot() => AzuriteServer.FindRepositoryRoot(_contentRoot, AppContext.BaseDirectory) ?? _contentRoot;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Started Azurite's Table service on 127.0.0.1:{Port}, data in {DataPath}")]
        public static partial void Started(ILogger logger, int port, string dataPath);

        [LoggerMessage(2, LogLevel.Information, "Stopped Azurite on port {Port}")]
        public static partial void Stopped(ILogger logger, int port);
    }
}
