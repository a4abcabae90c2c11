using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// Azurite's Table service keeping its data on disk in a temporary folder, so it can be SIGKILLed and started again
/// on the same port with the same data. Azurite (LokiJS) writes its database to disk every 5 s, not on each request,
/// so a kill loses what was acknowledged since the last save: <see cref="LastSavedAt"/> says where that line is.
/// </summary>
internal sealed class DiskAzurite : IDisposable
{
    private const string DatabaseFile = "__azurite_db_table__.json";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);
    private readonly string _repositoryRoot;
    private AzuriteServer? _server;

    private DiskAzurite(string repositoryRoot, int port)
    {
        _repositoryRoot = repositoryRoot;
        Port = port;
        DataPath = Directory.CreateTempSubdirectory("coach-chaos-azurite-").FullName;
    }

    public int Port { get; }

    public string DataPath { get; }

    public string ConnectionString => AzuriteAccount.ConnectionString(Port);

    /// <summary>When Azurite last finished writing its database file (UTC), or null before the first save.</summary>
    public DateTimeOffset? LastSavedAt
    {
        get
        {
            var file = new FileInfo(Path.Combine(DataPath, DatabaseFile));
            return file.Exists ? new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero) : null;
        }
    }

    public static async Task<DiskAzurite> StartAsync(string repositoryRoot, int port, CancellationToken cancellationToken = default)
    {
        var azurite = new DiskAzurite(repositoryRoot, port);
        try
        {
            await azurite.StartAgainAsync(cancellationToken).ConfigureAwait(false);
            return azurite;
        }
        catch
        {
            azurite.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL (the launcher's kill of the process tree): no chance to save.</summary>
    public void Kill()
    {
        _server?.Dispose();
        _server = null;
    }

    /// <summary>Starts Azurite on the same port and folder (a running one is killed first).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        Kill();
        _server = await AzuriteServer.StartAsync(_repositoryRoot, Port, DataPath, s_startTimeout, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
