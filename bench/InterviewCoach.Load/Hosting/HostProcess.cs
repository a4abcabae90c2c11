using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;

namespace InterviewCoach.Load.Hosting;

/// <summary>
/// The bot host as a separate process on 127.0.0.1: started with <c>dotnet InterviewCoach.Bot.dll</c> and environment
/// overrides, awaited until <c>/healthz</c> answers 200, stopped with SIGTERM or killed with SIGKILL, and started again
/// on the same port. Or attached to a host someone else started (then it is never stopped from here).
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private const int OutputLinesKept = 40;
    private static readonly HttpClient s_health = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(2) };

    private readonly HostSettings? _settings;
    private readonly Queue<string> _output = new();
    private Process? _process;
    private long _peakSeenBytes;

    private HostProcess(Uri baseUrl, HostSettings? settings, int? attachedPid)
    {
        BaseUrl = baseUrl;
        _settings = settings;
        AttachedPid = attachedPid;
    }

    public Uri BaseUrl { get; }

    /// <summary>The pid of the running host (ours or the attached one), or null.</summary>
    public int? Pid => _process is { HasExited: false } p ? p.Id : AttachedPid;

    public bool IsAttached => _settings is null;

    private int? AttachedPid { get; }

    /// <summary>
    /// The largest <c>VmHWM</c> seen: read now, and remembered across restarts (a restarted process starts a new peak).
    /// </summary>
    public long? PeakResidentBytes
    {
        get
        {
            if (Pid is int pid && ProcessMemory.PeakResidentBytes(pid) is long peak && peak > _peakSeenBytes)
            {
                _peakSeenBytes = peak;
            }

            return _peakSeenBytes > 0 ? _peakSeenBytes : null;
        }
    }

    /// <summary>The last lines the host wrote (stdout and stderr), for error messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    public static async Task<HostProcess> StartAsync(HostSettings settings, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!File.Exists(settings.HostDll))
        {
            throw new FileNotFoundException($"Build the host first: dotnet build src/InterviewCoach.Bot -c Release", settings.HostDll);
        }

        var host = new HostProcess(settings.BaseUrl, settings, null);
        await host.StartProcessAsync(timeout, cancellationToken).ConfigureAwait(false);
        return host;
    }

    /// <summary>A host someone else runs; <paramref name="pid"/> (optional) is read for memory figures only.</summary>
    public static HostProcess Attach(Uri baseUrl, int? pid) => new(baseUrl, null, pid);

    /// <summary>Answers true once <c>GET /healthz</c> returns 200.</summary>
    public static async Task<bool> IsHealthyAsync(Uri baseUrl, CancellationToken cancellationToken = default)
    {
        try
        {
            using HttpResponseMessage response = await s_health.GetAsync(new Uri(baseUrl, "healthz"), cancellationToken).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (!await IsHealthyAsync(BaseUrl, cancellationToken).ConfigureAwait(false))
        {
            if (_process is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"The host exited with code {exited.ExitCode} while starting:{Environment.NewLine}{RecentOutput}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The host at {BaseUrl} was not healthy within {timeout.TotalSeconds:0} s:{Environment.NewLine}{RecentOutput}");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>SIGTERM (graceful shutdown), then SIGKILL if it has not exited within <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        _ = PeakResidentBytes;
        if (Kill(process.Id, SigTerm) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError());
        }

        using var deadline = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillNow();
        }
    }

    /// <summary>SIGKILL: the host gets no chance to finish anything.</summary>
    public void KillNow()
    {
        if (_process is { HasExited: false } process)
        {
            _ = PeakResidentBytes;
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    /// <summary>Starts the host again on the same port with the same settings (a running one is killed first).</summary>
    public async Task RestartAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (IsAttached)
        {
            throw new InvalidOperationException("An attached host is not ours to restart.");
        }

        KillNow();
        await StartProcessAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await StopAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            _process.Dispose();
            _process = null;
        }
    }

    private async Task StartProcessAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        HostSettings settings = _settings!;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = settings.ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])[settings.HostDll, "--contentRoot", settings.ContentRoot, "--urls", settings.BaseUrl.GetLeftPart(UriPartial.Authority)])
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach ((string key, string value) in settings.Environment)
        {
            startInfo.Environment[key] = value;
        }

        _process?.Dispose();
        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            await WaitHealthyAsync(timeout, cancellationToken).ConfigureAwait(false);
            await WaitModelSettledAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            KillNow();
            throw;
        }
    }

    /// <summary>
    /// Waits until the sentence model is ready (or failed), as <c>/api/stats</c> reports it. Before that the coach answers
    /// typed text with exact rules alone, so a reference walk taken then would not match the same walk a moment later.
    /// A host without the stats endpoint or the model field is taken as it is.
    /// </summary>
    private async Task WaitModelSettledAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            string? state;
            try
            {
                using HttpResponseMessage response = await s_health.GetAsync(new Uri(BaseUrl, "api/stats"), cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return;
                }

                using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                state = json.RootElement.TryGetProperty("modelState", out System.Text.Json.JsonElement value) ? value.GetString() : null;
            }
            catch (HttpRequestException)
            {
                return;
            }

            if (state is null or "ready" or "failed")
            {
                return;
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"The host at {BaseUrl} did not finish loading its sentence model within {timeout.TotalSeconds:0} s.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLinesKept)
            {
                _output.Dequeue();
            }
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"host {BaseUrl} pid {Pid}");

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
