using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private const string ScriptRelativePath = "node_modules/azurite/dist/src/table/main.js";
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly ILogger<EmbeddedAzurite> _logger;
    private readonly StorageOptions _options;
    private readonly string _contentRoot;
    private readonly Lazy<int> _port;
    private Process? _process;

    public EmbeddedAzurite(IOptions<StorageOptions> options, IHostEnvironment environment, ILogger<EmbeddedAzurite> logger)
    {
        _options = options.Value;
        _contentRoot = environment.ContentRootPath;
        _logger = logger;
        _port = new Lazy<int>(FindFreePort);
    }

    public int Port => _port.Value;

    public TableConnectionString ConnectionString => TableConnectionString.ForAzurite(Port);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_options.UsesEmbeddedAzurite)
        {
            return;
        }

        string repositoryRoot = FindRepositoryRoot();
        string script = Path.Combine(repositoryRoot, ScriptRelativePath);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"Storage is not configured, so the bot starts Azurite itself, but Azurite is not installed in {repositoryRoot}. " +
                $"Run `npm ci` in {repositoryRoot}, or set Storage:ConnectionString.");
        }

        string dataPath = Path.GetFullPath(Path.Combine(repositoryRoot, _options.EmbeddedAzuriteDataPath));
        Directory.CreateDirectory(dataPath);
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = dataPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            script, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", dataPath, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(startInfo) ?? throw new InvalidOperationException("Node.js did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "Storage is not configured, so the bot starts Azurite itself, but Node.js is not on PATH. " +
                "Install Node.js 20 or later (for example `apt-get install -y nodejs npm`), or set Storage:ConnectionString.", ex);
        }

        var errors = new System.Text.StringBuilder();
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_startTimeout);
        while (!await IsListeningAsync(timeout.Token).ConfigureAwait(false))
        {
            if (_process.HasExited)
            {
                string output;
                lock (errors)
                {
                    output = errors.ToString().Trim();
                }

                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} while starting: {output}");
            }

            await Task.Delay(100, timeout.Token).ConfigureAwait(false);
        }

        Log.Started(_logger, Port, dataPath);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        StopProcess();
        return Task.CompletedTask;
    }

    // Idempotent: the container disposes this once as a singleton and once as the hosted service it also is.
    public void Dispose()
    {
        StopProcess();
        _process?.Dispose();
        _process = null;
    }

    private void StopProcess()
    {
        // A local copy: when a slow stop outlives the host's shutdown timeout, Dispose can clear the field meanwhile.
        Process? process = _process;
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            Log.Stopped(_logger, Port);
        }
    }

    private async Task<bool> IsListeningAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The folder holding the root package.json that pins Azurite, searched upwards from the content root and the binaries.</summary>
    private string FindRepositoryRoot()
    {
        foreach (string start in new[] { _contentRoot, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "InterviewCoachBot.sln")) || File.Exists(Path.Combine(directory.FullName, ScriptRelativePath)))
                {
                    return directory.FullName;
                }
            }
        }

        return _contentRoot;
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Started Azurite's Table service on 127.0.0.1:{Port}, data in {DataPath}")]
        public static partial void Started(ILogger logger, int port, string dataPath);

        [LoggerMessage(2, LogLevel.Information, "Stopped Azurite on port {Port}")]
        public static partial void Stopped(ILogger logger, int port);
    }
}
