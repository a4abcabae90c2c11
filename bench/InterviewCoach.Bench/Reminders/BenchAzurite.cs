using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bench.Reminders;

/// <summary>Azurite's Table service from the repository's node_modules, in memory, on a free loopback port.</summary>
internal sealed class BenchAzurite : IAsyncDisposable
{
    private readonly Process _process;

    private BenchAzurite(Process process, int port)
    {
        _process = process;
        ConnectionString = TableConnectionString.ForAzurite(port);
    }

    public TableConnectionString ConnectionString { get; }

    public static async Task<BenchAzurite> StartAsync()
    {
        string script = Path.Combine(FindRoot(), "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` at the repository root.");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var startInfo = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (string argument in new[] { script, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(CultureInfo.InvariantCulture), "--inMemoryPersistence", "--silent", "--disableTelemetry" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process = Process.Start(startInfo)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new BenchAzurite(process, port);
        for (int i = 0; i < 600; i++)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return azurite;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        await azurite.DisposeAsync();
        throw new TimeoutException("Azurite did not start listening within 30 s.");
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InterviewCoachBot.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
