using InterviewCoach.Bot.Storage;
using InterviewCoach.Load.Channels;
using InterviewCoach.Load.Channels.Slack;
using InterviewCoach.Load.Channels.Teams;
using InterviewCoach.Load.Hosting;
using InterviewCoach.Load.Load;

namespace InterviewCoach.Load;

/// <summary>One run: starts Azurite, the fake channel services and the host (or attaches), drives the load, collects figures, stops everything.</summary>
internal sealed class LoadRunner(LoadOptions options, TextWriter output)
{
    public const string AppId = "7d2f6b4e-2c1a-4f0e-9b61-3c5d8e9f0a12";
    public const string AppPassword = "load-driver-secret";
    public const string SlackSigningSecret = "load-driver-signing-secret";
    public const string SlackBotToken = "xoxb-load-driver";
    private static readonly TimeSpan s_hostStart = TimeSpan.FromSeconds(60);

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        string repository = options.RepositoryRoot
            ?? AzuriteServer.FindRepositoryRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Run from inside the repository or pass --repo.");
        using HttpClient http = CreateHttpClient(options.Concurrency);
        bool jwt = options.Channel == "teams" && options.Auth == "jwt";

        using ChannelIdentity? identity = jwt ? new ChannelIdentity() : null;
        using LoopbackCertificate? certificate = jwt ? LoopbackCertificate.Create() : null;
        await using FakeBotConnector connector = await FakeBotConnector.StartAsync(options.PortBase + 1, identity, certificate, options.PortBase + 2, requireAppToken: jwt).ConfigureAwait(false);
        await using FakeSlackApi slack = await FakeSlackApi.StartAsync(options.PortBase + 3).ConfigureAwait(false);

        using AzuriteProcess? azurite = options.Target is null ? await AzuriteProcess.StartAsync(repository, options.AzuritePort, cancellationToken).ConfigureAwait(false) : null;
        Dictionary<string, string>? environment = azurite is null ? null : HostSettings.DefaultEnvironment(azurite.ConnectionString);
        if (environment is not null)
        {
            environment["Slack__SigningSecret"] = SlackSigningSecret;
            environment["Slack__BotToken"] = SlackBotToken;
            environment["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri;
            if (jwt)
            {
                environment["MicrosoftAppType"] = "MultiTenant";
                environment["MicrosoftAppId"] = AppId;
                environment["MicrosoftAppPassword"] = AppPassword;
                environment["ToBotFromChannelOpenIdMetadataUrl"] = connector.MetadataUrl.AbsoluteUri;
                environment["ToBotFromChannelTokenIssuer"] = identity!.Issuer;
                environment["ToChannelFromBotLoginUrl"] = connector.LoginUrl!.AbsoluteUri;
                environment["ToChannelFromBotOAuthScope"] = "https://api.botframework.com";
                environment["SSL_CERT_FILE"] = certificate!.PemPath;
            }
        }

        await using HostProcess host = environment is null
            ? HostProcess.Attach(options.Target!, options.HostPid)
            : await HostProcess.StartAsync(new HostSettings(repository, options.PortBase, environment), s_hostStart, cancellationToken).ConfigureAwait(false);
        if (host.IsAttached)
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        }

        using var window = new LoadWindow(options.Warmup, options.Duration, options.MaxTurns, options.TurnTimeout);
        await using var sampler = new RssSampler(() => host.Pid, TimeSpan.FromMilliseconds(250));
        HostStats? before = null;
        HostStats? after = null;
        Action<string>? trace = options.Trace ? line => output.WriteLine(line.Length > 400 ? line[..400] + "…" : line) : null;

        Task users = options.Channel switch
        {
            "teams" => TeamsUsers(http, host, connector, identity, window, trace),
            "slack-ack" => new SlackCommandLoad(new SlackClient(http, host.BaseUrl, SlackSigningSecret), slack, window).RunUsersAsync(options.Concurrency),
            _ => new SlackDmLoad(new SlackClient(http, host.BaseUrl, SlackSigningSecret), slack, window, CoachScripts.Goal) { Trace = trace }.RunUsersAsync(options.Concurrency),
        };
        TimeSpan measured = await window.RunAsync(
            async () => before = await HostStats.ReadAsync(http, host.BaseUrl, cancellationToken).ConfigureAwait(false),
            async () => after = await HostStats.ReadAsync(http, host.BaseUrl, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        try
        {
            await users.WaitAsync(window.HardStop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("warning: some simulated users were still busy at the hard stop").ConfigureAwait(false);
        }

        if (jwt && connector.RejectedCalls > 0)
        {
            await output.WriteLineAsync($"warning: the fake connector refused {connector.RejectedCalls} calls without the app token").ConfigureAwait(false);
        }

        WindowCounts counts = window.Snapshot();
        HostStats? storage = before is not null && after is not null ? before.Until(after) : null;
        long turnsForStorage = storage is { Turns: > 0 } ? storage.Turns : counts.Turns;
        return new RunResult(
            options.Channel,
            options.Channel == "teams" ? options.Auth : options.Channel == "slack-ack" ? "ack" : "dm",
            options.Concurrency,
            measured.TotalSeconds,
            counts.Turns,
            counts.Turns / Math.Max(measured.TotalSeconds, 0.001),
            counts.Reply,
            counts.Http,
            counts.Timeouts,
            counts.HttpErrors,
            counts.FlowMismatches,
            counts.CompletedConversations,
            storage,
            storage is null || turnsForStorage == 0 ? null : (double)storage.Requests / turnsForStorage,
            host.PeakResidentBytes / 1048576.0,
            sampler.MaxSampleBytes > 0 ? sampler.MaxSampleBytes / 1048576.0 : null);
    }

    private Task TeamsUsers(HttpClient http, HostProcess host, FakeBotConnector connector, ChannelIdentity? identity, LoadWindow window, Action<string>? trace)
    {
        Func<string>? token = null;
        if (identity is not null)
        {
            // The connector reuses a token for its lifetime; one signature per run keeps the driver's CPU out of the figures.
            string signed = identity.CreateToken(AppId, connector.ServiceUrl.AbsoluteUri);
            token = () => signed;
        }

        var client = new TeamsClient(http, host.BaseUrl, connector.ServiceUrl, token);
        return new TeamsLoad(client, connector, window, CoachScripts.GoalThenDebrief) { Trace = trace }.RunUsersAsync(options.Concurrency);
    }

    internal static HttpClient CreateHttpClient(int concurrency) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(concurrency * 2, 16),
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
