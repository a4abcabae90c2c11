using Azure.Data.Tables;
using System.Globalization;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// The real host on Kestrel in local mode (so the dev chat endpoints are mapped) with the real coach, Slack signed with
/// the test secret against a fake Web API, a loopback connector catching every Teams reply, and its error log.
/// </summary>
internal sealed class LocalBadInputHost : IAsyncDisposable
{
    private static int s_counter;

    private LocalBadInputHost(BotFactory factory, HttpClient client, FakeChannel channel, FakeSlackWebApi slack, HostErrorLog errors)
    {
        Factory = factory;
        Client = client;
        Channel = channel;
        Slack = slack;
        Errors = errors;
        Runner = new CorpusRunner(client, factory.Services);
    }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public FakeChannel Channel { get; }

    public FakeSlackWebApi Slack { get; }

    public HostErrorLog Errors { get; }

    public CorpusRunner Runner { get; }

    public static async Task<LocalBadInputHost> StartAsync(AzuriteProcess azurite)
    {
        FakeChannel channel = await FakeChannel.StartAsync();
        FakeSlackWebApi slack = await FakeSlackWebApi.StartAsync();
        var errors = new HostErrorLog();
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:TablePrefix"] = "bad" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6],
            ["urls"] = "http://127.0.0.1:0",
            ["Teams:ConnectorRetryBaseDelay"] = "00:00:00.010",
            ["Teams:ConnectorRetryMaxDelay"] = "00:00:00.200",
            ["Teams:OutboxRetryDelay"] = "00:00:00.050",
            ["Teams:TypingDelay"] = "00:10:00",

            // LocalChat reads the replies a request produced once it is answered: give the outbox its longest wait.
            ["Teams:ReplyWait"] = "00:00:10",
            ["Slack:SigningSecret"] = SlackTestHost.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:DeliveryRetryDelay"] = "00:00:00.010",
            ["Slack:MessagesPerSecondPerChannel"] = "100",
            ["Slack:ChannelBurst"] = "50",
            // The corpus sends thousands of events as one user in a burst; it tests refusals of bad input, not the
            // per-user back-pressure (503, which Slack retries) that a real user never reaches.
            ["Slack:UserQueueCapacity"] = "1000",
            ["Slack:QueueCapacity"] = "10000",
            ["Reminders:PollInterval"] = "01:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        BotFactory factory = BotFactory.WithStorage(azurite, settings, services => services.AddLogging(logging => logging.AddProvider(errors)));
        factory.UseKestrel();
        factory.StartServer();
        foreach (TableClient table in factory.Services.GetRequiredService<CoachTables>().All)
        {
            await table.CreateIfNotExistsAsync();
        }

        string address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        return new LocalBadInputHost(factory, client, channel, slack, errors);
    }

    public LocalChat Chat(string userId) => new(Client, Channel, userId);

    public async Task<int> HealthAsync()
    {
        using HttpResponseMessage response = await Client.GetAsync("healthz");
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
