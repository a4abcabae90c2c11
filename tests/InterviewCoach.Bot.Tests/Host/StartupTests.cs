using System.Net;
using InterviewCoach.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Host;

public sealed class StartupTests
{
    [Theory]
    [InlineData("Storage:ConnectionString", "AccountName=coach", "Storage:ConnectionString")]
    [InlineData("Storage:TableServiceUri", "not a url", "Storage:TableServiceUri")]
    [InlineData("Storage:TablePrefix", "bad-prefix!", "Storage:TablePrefix")]
    [InlineData("Coaching:BackgroundMaxWords", "5", "BackgroundMaxWords")]
    public void AMalformedSettingStopsStartUpNamingTheKey(string key, string value, string named)
    {
        OptionsValidationException failure = BotFactory.StartUpFailure<OptionsValidationException>(
            () => new BotFactory(new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoStorageConfiguredTheHostStartsItsOwnAzuriteAndKeepsDataInTheGivenFolder()
    {
        string dataPath = Path.Combine(Path.GetTempPath(), "coach-azurite-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var factory = new BotFactory(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = string.Empty,
                ["Storage:TableServiceUri"] = string.Empty,
                ["Storage:EmbeddedAzuriteDataPath"] = dataPath,
            }))
            {
                using HttpClient client = factory.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
            }

            Assert.NotEmpty(Directory.GetFiles(dataPath));
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
