using System.Net;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Host;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task HealthTurns503WhenAzuriteStopsAnd200WhenItReturnsWithoutRestartingTheHost()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using BotFactory factory = BotFactory.WithStorage(azurite);
        using HttpClient client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        azurite.Stop();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        await azurite.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AHostStartedWhileStorageIsDownStaysUpAndBecomesHealthyWhenStorageArrives()
    {
        await using var azurite = new AzuriteProcess();
        await using BotFactory factory = BotFactory.WithStorage(azurite);
        using HttpClient client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2)); // table creation fails at least once meanwhile
        await azurite.StartAsync();

        HttpStatusCode status = HttpStatusCode.ServiceUnavailable;
        for (DateTime deadline = DateTime.UtcNow.AddSeconds(20); status != HttpStatusCode.OK && DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            status = (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
