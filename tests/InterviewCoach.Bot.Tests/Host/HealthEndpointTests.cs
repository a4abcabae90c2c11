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
}
