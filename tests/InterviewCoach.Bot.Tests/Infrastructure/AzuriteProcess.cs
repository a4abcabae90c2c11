using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>A real Azurite Table service on a free loopback port, in memory, started and stopped by the tests.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private Process? _process;

    public AzuriteProcess()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
    }

    public int Port { get; }

    public TableConnectionString ConnectionString => TableConnectionString.ForAzurite(Port);

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        string script = Path.Combine(RepositoryPaths.Root, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"Azurite is not installed: run `npm ci` in {RepositoryPaths.Root}.");
        }

        var startInfo = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (string argument in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(CultureInfo.InvariantCulture), "--inMemoryPersistence", "--silent", "--disableTelemetry" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Process.Start(startInfo)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}.");
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {Port} within 30 s.");
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
