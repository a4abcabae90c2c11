using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// One Azurite Table service process from the repository's node_modules on a loopback port: started, awaited until
/// it listens, and stopped. The host's embedded storage, the tests and the benchmarks all run Azurite through this.
/// </summary>
internal sealed class AzuriteServer : IDisposable
{
    /// <summary>Azurite's table entry point, relative to the repository root.</summary>
    public const string ScriptRelativePath = "node_modules/azurite/dist/src/table/main.js";

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private AzuriteServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The folder holding the solution (or Azurite's script), searched upwards from each of <paramref name="starts"/>.</summary>
    public static string? FindRepositoryRoot(params string[] starts)
    {
        foreach (string start in starts)
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "InterviewCoachBot.sln")) || File.Exists(Path.Combine(directory.FullName, ScriptRelativePath)))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Starts Azurite and waits until it accepts connections. <paramref name="dataPath"/> null keeps data in memory.
    /// </summary>
    /// <exception cref="FileNotFoundException">Azurite is not installed under <paramref name="repositoryRoot"/>.</exception>
    /// <exception cref="Win32Exception">Node.js is not on PATH.</exception>
    /// <exception cref="InvalidOperationException">Azurite exited while starting (its error output is in the message).</exception>
    public static async Task<AzuriteServer> StartAsync(string repositoryRoot, int port, string? dataPath, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        string script = Path.Combine(repositoryRoot, ScriptRelativePath);
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"Azurite is not installed: run `npm ci` in {repositoryRoot}.", script);
        }

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = dataPath ?? Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] storage = dataPath is null ? ["--inMemoryPersistence"] : ["--location", dataPath];
        foreach (string argument in (string[])[script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture), .. storage, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose"])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var server = new AzuriteServer(Process.Start(startInfo) ?? throw new InvalidOperationException("Node.js did not start."), port);
        server._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (server._errors)
                {
                    server._errors.AppendLine(e.Data);
                }
            }
        };
        server._process.BeginErrorReadLine();
        server._process.BeginOutputReadLine();
        try
        {
            await server.WaitUntilListeningAsync(timeout, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already disposed: nothing left to stop.
        }

        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (_process.HasExited)
            {
                string output;
                lock (_errors)
                {
                    output = _errors.ToString().Trim();
                }

                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} while starting: {output}");
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Port, deadline.Token).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, deadline.Token).ConfigureAwait(false);
            }
        }
    }
}
