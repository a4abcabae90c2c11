using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// The real host on Kestrel in local mode (so the dev chat endpoints are mapped) with the real coach, Slack signed with
/// the test secret against a fake Web API, and a loopback connector catching every Teams reply.
/// </summary>
public sealed class LocalBadInputHost : IAsyncDisposable
{
    private LocalBadInputHost(TeamsTestHost host, FakeChannel channel, FakeSlackWebApi slack)
    {
        Host = host;
        Channel = channel;
        Slack = slack;
        Runner = new CorpusRunner(host.Client, host.Services);
    }

    public TeamsTestHost Host { get; }

    public FakeChannel Channel { get; }

    public FakeSlackWebApi Slack { get; }

    public CorpusRunner Runner { get; }

    public static async Task<LocalBadInputHost> StartAsync(AzuriteProcess azurite)
    {
        FakeChannel channel = await FakeChannel.StartAsync();
        FakeSlackWebApi slack = await FakeSlackWebApi.StartAsync();
        TeamsTestHost host = await TeamsTestHost.StartAsync(azurite, channel: null, realCoach: true, extra: new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackTestHost.Secret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:DeliveryRetryDelay"] = "00:00:00.010",
            ["Slack:MessagesPerSecondPerChannel"] = "100",
            ["Slack:ChannelBurst"] = "50",
            ["Reminders:PollInterval"] = "01:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        return new LocalBadInputHost(host, channel, slack);
    }

    public LocalChat Chat(string userId) => new(Host, Channel, userId);

    public async Task<int> HealthAsync()
    {
        using HttpResponseMessage response = await Host.Client.GetAsync("healthz");
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
